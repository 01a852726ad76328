"""Build the fifty-fourth blind batch of parent/child pairs (rød tråd, pbl § 11-1) and their gold.

Written by `b54p` without reading plancheck's code, tests, rules, docs or bench and without
running it. Five pairs, each in a real form no earlier batch used (see README.md for the forms,
the nearest earlier forms and the gold conventions):

- Ravnåsen (nb): the OPPVEKST chapter of an ØKONOMIPLAN, 'Kommunestyrets mål' in a table with
  indicator, status and ambition columns beside the budget frame (python-docx) → a rektor's
  LEDERAVTALE for one school: parties as "Leder: …" lines, the leader's duties, a
  `Nr. | Resultatmål | Slik når vi målet | Måltall 2057` table, the budget cut, signatures (odfpy).
- Vestmøre (nn): a county's REGIONAL PLANSTRATEGI, its goals in an INFOGRAPHIC of numbered callouts,
  a table of plans to revise (Chromium) → the HANDLINGSPROGRAM of the regional plan for
  kompetanse og arbeidsliv: 'Mål:' lines per innsatsområde over year-column tables of tiltak
  with partners, a budget table, what is left out (reportlab).
- Ljusmården (sv): a REGIONAL KULTURPLAN (kultursamverkansmodellen), goals as italic sentences
  under lettered bold headings 'Mål A – …', the national goals quoted, a grant table
  (python-docx) → the region's ÖVERENSKOMMELSE OM UPPDRAG OCH ERSÄTTNING with the county
  museum: § clauses, a basic duty, 'Prioriterade uppdrag 2058' 4.1 …, money, signatures
  (Chromium).
- Gyldenbæk (da): a kommune's PSYKIATRI- OG MISBRUGSPOLITIK as a brochure, each 'Målsætning'
  in a card with 'Det gør vi' (Chromium) → BUDGET 2058–2061, BILAG 4: the committees'
  UDVIDELSESFORSLAG, each with committee, 'Formål', 'Sammenhæng med politikker', an amount
  table and its status after the budget agreement (adopted or not) (reportlab).
- Calderwick and Fennbridge (en): an English INTEGRATED CARE STRATEGY (the Integrated Care
  Partnership's), ambitions under 'Start well · Live well · Age well' (python-docx) → the ICB's
  JOINT FORWARD PLAN, A4 landscape: 'Our aim' per programme over a `Ref | What we will deliver
  in 2058/59 | Lead | By` table, national targets, what the plan does not cover (python-docx).

    python corpora/parents-blind54/make_pairs.py                  # all pairs
    python corpora/parents-blind54/make_pairs.py --verify         # re-read the PDFs only
    python corpora/parents-blind54/make_pairs.py --twice          # build twice, compare sha256

Writers reused through batch 53's builder (`pk.load_module`), which has them from batch 52's:
batch 47's `_docx47`, batch 46's `_rl_doc`, batch 44's `_docx` and `_odt`, batch 43's `_html`,
the reportlab font set-ups of batch 43. No writer of its own. The gold writer and checks (`G`,
`C`, batch 14's `main`, batch 20's `verify`) come through the same chain and
`pairkit.parents_main`.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "scripts"))

import pairkit as pk  # noqa: E402

_p53 = pk.load_module("parents_blind53_make_pairs", HERE.parent / "parents-blind53" / "make_pairs.py")
_p43, _p44 = _p53._p43, _p53._p44
_p20, _p14 = _p53._p20, _p53._p14
G, C = _p53.G, _p53.C
_docx, _odt, _html, _rl_doc, _docx47, e = (_p53._docx, _p53._odt, _p53._html, _p53._rl_doc,
                                           _p53._docx47, _p53.e)

PAIRS, pair = pk.pair_registry()
BUILDER = "corpora/parents-blind54/make_pairs.py"


# =========================================================================== 1 Ravnåsen (nb)


@pair
def ravnasen_lederavtale(d: Path) -> dict:
    g = {
        "O1": "Alle barn og unge skal oppleve et trygt og inkluderende miljø i barnehagen og på "
              "skolen, uten mobbing.",
        "O2": "Elevene skal ha gode grunnleggende ferdigheter i lesing og regning.",
        "O3": "Flere ungdommer skal fullføre og bestå videregående opplæring.",
        "O4": "Barn som trenger ekstra hjelp, skal få den tidlig og mest mulig innenfor det "
              "ordinære tilbudet.",
        "O5": "Barn og unge skal være i fysisk aktivitet minst én time hver dag.",
        "O6": "Barnehagene og skolene skal ha kvalifiserte ansatte og et lavt sykefravær.",
        "O7": "Foreldrene skal oppleve et godt og tillitsfullt samarbeid med barnehagen og "
              "skolen.",
    }
    parent = [
        ("title", "Økonomiplan 2057–2060 og årsbudsjett 2057"),
        ("sub", "Ravnåsen kommune · Vedtatt av kommunestyret 13.12.2056, sak 97/56 · "
         "Kapittel 5 Oppvekst"),
        ("h1", "5 Oppvekst"),
        ("p", "Tjenesteområdet oppvekst omfatter fire barneskoler, Ravnåsen ungdomsskole, seks "
         "kommunale barnehager, skolefritidsordningen og den pedagogisk-psykologiske tjenesten "
         "(PPT), som Ravnåsen har sammen med Kvitfjordbotn kommune. Om lag 1 350 barn og unge "
         "får et tilbud, og området har 262 årsverk."),
        ("p", "Barnetallet går ned. Fra 2051 til 2056 ble det 140 færre elever i grunnskolen, "
         "mens utgiftene til spesialundervisning og skyss har økt. Kommunedirektøren har derfor "
         "foreslått å redusere rammen i hele planperioden."),
        ("h2", "5.1 Økonomisk ramme"),
        ("table", ["Tall i 1 000 kr", "Budsjett 2056", "2057", "2058", "2059", "2060"], [
            ("Grunnskole", "158 420", "153 910", "152 300", "151 050", "150 400"),
            ("Barnehage", "96 310", "95 880", "95 100", "94 700", "94 700"),
            ("PPT og spesialpedagogikk", "14 260", "14 900", "14 900", "14 900", "14 900"),
            ("Skolefritidsordning", "6 120", "5 980", "5 980", "5 980", "5 980"),
            ("Sum oppvekst", "275 110", "270 670", "268 280", "266 630", "265 980"),
        ], [52, 26, 23, 23, 23, 23]),
        ("p", "Rammen for grunnskolen er redusert med 4,5 mill. kr fra 2057. Hver skole får sin "
         "del av kuttet etter elevtall og tar det innenfor egen ramme. Satsen for "
         "foreldrebetaling i SFO følger statens makspris."),
        ("h2", "5.2 Kommunestyrets mål for oppvekst"),
        ("p", "Kommunestyret har vedtatt sju mål for tjenesteområdet. Målene gjelder hele "
         "planperioden og skal følges opp i lederavtalene med enhetslederne og i enhetenes egne "
         "planer. Indikatorene rapporteres i årsmeldingen."),
        ("table", ["Nr.", "Kommunestyrets mål", "Indikator", "Status 2056", "Ambisjon 2060"], [
            ("O1", g["O1"], "Andel elever på 7. og 10. trinn som blir mobbet (Elevundersøkelsen)",
             "7,8 %", "Under 4 %"),
            ("O2", g["O2"], "Andel elever på laveste mestringsnivå, nasjonale prøver 5. trinn",
             "Lesing 27 %, regning 31 %", "Under 20 %"),
            ("O3", g["O3"], "Andel som har fullført og bestått innen fem år", "76 %", "85 %"),
            ("O4", g["O4"], "Andel elever med spesialundervisning", "9,4 %", "Under 7 %"),
            ("O5", g["O5"], "Andel skoler med daglig fysisk aktivitet", "2 av 5", "Alle"),
            ("O6", g["O6"], "Andel lærere med godkjent utdanning; sykefravær", "91 %; 8,6 %",
             "100 %; 6,5 %"),
            ("O7", g["O7"], "Foreldreundersøkelsen, samarbeid (skala 1–5)", "3,9", "Minst 4,3"),
        ], [10, 58, 52, 24, 26]),
        ("h2", "5.3 Dette sier tallene"),
        ("p", "Ravnåsen ligger under landssnittet i regning på 5. trinn og over landssnittet i "
         "andelen elever med spesialundervisning. Sykefraværet i barnehagene var 10,2 prosent i "
         "2056, i skolene 7,4 prosent."),
        ("h2", "5.4 Verbalvedtak i budsjettbehandlingen"),
        ("p", "Kommunestyret ber kommunedirektøren utrede en ny skolestruktur og legge saken fram "
         "høsten 2057. Kommunestyret ber om at tilbudet med leksehjelp på biblioteket "
         "videreføres innenfor rammen."),
    ]
    _docx(parent, d / "parent.pdf", title="Økonomiplan 2057–2060 og årsbudsjett 2057 – "
          "kapittel 5 Oppvekst – Ravnåsen kommune", author="Ravnåsen kommune",
          header="RAVNÅSEN KOMMUNE · ØKONOMIPLAN 2057–2060", footer="Kapittel 5 Oppvekst",
          lang="nb-NO", font="Liberation Sans", size=9.5, color="7A2E2E")

    c = {
        "R1": "Elevene skal trives på skolen og vite hvilken voksen de kan gå til når noe er "
              "vanskelig.",
        "R2": "Flere elever på 5. trinn skal lese godt nok til å mestre de andre fagene.",
        "R3": "Elever som strever, skal få hjelp i klassen så tidlig som mulig.",
        "R4": "Foreldrene skal vite hva som skjer på skolen og kjenne seg trygge på å ta kontakt.",
        "R5": "Sykefraværet blant de ansatte skal ned til 6,5 prosent.",
        "R6": "Skolen skal ta i bruk det nye skoleadministrative systemet fra skolestart.",
    }
    m = {
        "triv": "Trivselsledere i storefriminuttet",
        "klm": "Klassemøte hver uke",
        "akt": "Oppdatert rutine for aktivitetsplikten",
        "les": "Leseløft: 30 minutter felles lesing hver dag på 1.–4. trinn",
        "kurs": "Lesekurs for foreldre på 1. trinn",
        "to": "To lærere i norsk og matematikk på 1. og 2. trinn",
        "ppt": "PPT deltar i teammøtene én gang i måneden",
        "ukebrev": "Ukebrev hver fredag",
        "utv": "Utviklingssamtaler høst og vår, med tolk ved behov",
        "frav": "Fraværsgjennomgang hver måned med verneombudet",
        "tilr": "Tilrettelagt arbeid før sykmelding",
    }
    child = [
        ("title", "Lederavtale 2057"),
        ("sub", "mellom kommunalsjef oppvekst og rektor ved Kvernstua skole · Ravnåsen kommune"),
        ("h1", "1 Parter og periode"),
        ("p", "Leder: Solveig Husabø, rektor ved Kvernstua skole (1.–7. trinn, 214 elever, 31 "
         "årsverk)"),
        ("p", "Overordnet: Marit Engebretsli, kommunalsjef oppvekst"),
        ("p", "Periode: 1. januar–31. desember 2057"),
        ("h1", "2 Formål med avtalen"),
        ("p", "Lederavtalen sier hvilke resultater rektor skal levere i 2057, og hvordan "
         "kommunestyrets mål i økonomiplanen følges opp ved skolen. Avtalen er grunnlaget for "
         "lederoppfølgingen gjennom året og for medarbeidersamtalen i desember."),
        ("h1", "3 Lederens ansvar og myndighet"),
        ("p", "Rektor har budsjett-, personal- og fagansvar for skolen innenfor kommunens "
         "delegeringsreglement. Rektor skal sørge for at skolen drives etter opplæringsloven, at "
         "fag- og timefordelingen følges, også timetallet i matematikk, og at HMS-arbeidet er "
         "systematisk og dokumentert. Rektor deltar i kommunalsjefens ledergruppe."),
        ("h1", "4 Resultatmål for 2057"),
        ("table", ["Nr.", "Resultatmål", "Slik når vi målet", "Måltall 2057"], [
            ("1", c["R1"], "\n".join([m["triv"], m["klm"], m["akt"]]),
             "Elevundersøkelsen 7. trinn: trivsel minst 4,3"),
            ("2", c["R2"], "\n".join([m["les"], m["kurs"]]),
             "Nasjonale prøver i lesing: høyst 20 % på nivå 1"),
            ("3", c["R3"], "\n".join([m["to"], m["ppt"]]),
             "Andel med spesialundervisning: under 7 %"),
            ("4", c["R4"], "\n".join([m["ukebrev"], m["utv"]]),
             "Foreldreundersøkelsen: minst 4,2 på samarbeid"),
            ("5", c["R5"], "\n".join([m["frav"], m["tilr"]]), "6,5 %"),
            ("6", c["R6"], "Opplæring av kontaktlærerne i juni",
             "Alle klasser i systemet innen 1.9.2057"),
        ], [9, 52, 60, 45]),
        ("h1", "5 Økonomi og bemanning"),
        ("p", "Skolens netto budsjettramme for 2057 er 27,9 mill. kr. Skolens del av "
         "rammekuttet i økonomiplanen er 1,2 årsverk fra august. Skolen løser dette ved å "
         "avvikle ordningen med daglig fysisk aktivitet på 5.–7. trinn og slå sammen to "
         "grupper på 6. trinn."),
        ("p", "To av lærerne har ikke godkjent lærerutdanning. Ingen ansatte får videreutdanning "
         "i 2057; skolen søker på nytt til studieåret 2058–2059."),
        ("h1", "6 Oppfølging"),
        ("p", "Avtalen følges opp i tertialsamtaler i mai og september og evalueres i "
         "medarbeidersamtalen i desember. Avvik meldes kommunalsjefen så snart de er kjent. "
         "Overgangen fra 7. trinn til Ravnåsen ungdomsskole følger kommunens overgangsrutine, "
         "som ungdomsskolen har ansvaret for."),
        ("p", "Ravnåsen, 18. januar 2057"),
        ("p", "Marit Engebretsli, kommunalsjef oppvekst (sign.)"),
        ("p", "Solveig Husabø, rektor (sign.)"),
    ]
    _odt(child, d / "child.pdf", title="Lederavtale 2057 – rektor ved Kvernstua skole",
         header="Ravnåsen kommune · Lederavtale 2057",
         footer="Lederavtale 2057, Kvernstua skole", font="Liberation Sans", size=9.8,
         color="#7A2E2E", tint="#F3E9E6", lang="nb", country="NO")

    goals_ = [
        G("O1", g["O1"], "followed_up", [c["R1"], m["triv"], m["klm"], m["akt"]],
          ev="Elevene skal trives på skolen",
          note="the goals are the cells of the column 'Kommunestyrets mål' in the table of "
          "'5.2 Kommunestyrets mål for oppvekst' (id = 'Nr.' O1 …); the indicator, status and "
          "ambition columns, the budget table of '5.1', '5.3 Dette sier tallene' and the "
          "verbal decisions of '5.4' (a school-structure study, homework help) are no goals. "
          "In other words, for one school's share: thriving and knowing an adult to turn to, "
          "the weekly class meeting and the routine of the activity duty (mobbing); the "
          "barnehage part is not a school's share"),
        G("O2", g["O2"], "partial", [c["R2"], m["les"], m["kurs"]],
          ev="Flere elever på 5. trinn skal",
          missing=["regning: no result goal or measure for numeracy"],
          note="reading only. Trap (shared words): '3 Lederens ansvar' names 'timetallet i "
          "matematikk' as a duty to keep the subject and hour plan, no step for numeracy; the "
          "two-teacher measure under resultatmål 3 is early help in class"),
        G("O3", g["O3"], "not_followed_up",
          note="a primary school (1.–7. trinn): nothing on completing upper secondary; the "
          "transition to the lower secondary school is that school's routine ('som "
          "ungdomsskolen har ansvaret for')"),
        G("O4", g["O4"], "followed_up", [c["R3"], m["to"], m["ppt"]],
          ev="Elever som strever, skal få hjelp",
          note="in other words: help in class as early as possible, two teachers in the first "
          "years, PPT in the team meetings, fewer pupils with special education"),
        G("O5", g["O5"], "not_followed_up",
          note="contrary answer: the school meets its cut by ending daily physical activity "
          "for 5.–7. trinn ('avvikle ordningen med daglig fysisk aktivitet')"),
        G("O6", g["O6"], "partial", [c["R5"], m["frav"], m["tilr"]],
          ev="Sykefraværet blant de ansatte skal",
          missing=["kvalifiserte ansatte: two teachers without approved education and no "
                   "further education in 2057"],
          note="sickness absence only"),
        G("O7", g["O7"], "followed_up", [c["R4"], m["ukebrev"], m["utv"]],
          ev="Foreldrene skal vite hva som",
          note="in other words: parents informed and confident to make contact, a weekly "
          "letter, conferences with an interpreter"),
    ]
    kids = [
        C(c["R1"], ["O1"], note="the child goals are the cells of the column 'Resultatmål' in "
          "'4 Resultatmål for 2057'; the lines of 'Slik når vi målet' are measures, 'Måltall "
          "2057' indicators. Never child goals: '1 Parter', '2 Formål', '3 Lederens ansvar og "
          "myndighet' (standing duties), '5 Økonomi og bemanning' (the cut), '6 Oppfølging', "
          "the signatures"),
        C(c["R2"], ["O2"]),
        C(c["R3"], ["O4"]),
        C(c["R4"], ["O7"]),
        C(c["R5"], ["O6"]),
        C(c["R6"], [], note="a new school administration system: no goal of the økonomiplan — "
          "stands alone"),
    ]
    return dict(
        language="nb", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice, Liberation Sans 9.5; the OPPVEKST "
        "chapter of an ØKONOMIPLAN): intro, a budget-frame table in 1 000 kr, 'Kommunestyrets "
        "mål' as rows O1 … of a table `Nr. | Kommunestyrets mål | Indikator | Status 2056 | "
        "Ambisjon 2060`, figures, verbal decisions; header over a rule, footer + page; child "
        "PDF (odfpy → LibreOffice, Liberation Sans 9.8; a rektor's LEDERAVTALE): parties as "
        "label lines, purpose, the leader's standing duties, a table `Nr. | Resultatmål "
        "| Slik når vi målet | Måltall 2057` with several measures per cell, the budget cut, "
        "follow-up, signature lines; header right, footer centred",
        goals=goals_, kids=kids,
    )


# =========================================================================== 2 Vestmøre (nn)


@pair
def vestmore_handlingsprogram(d: Path) -> dict:
    g = {
        "1": "Folketalet skal auke i alle dei fire regionane i fylket, også i distrikta.",
        "2": "Arbeidslivet i Vestmøre skal få tilgang til den kompetansen det treng.",
        "3": "Klimagassutsleppa i fylket skal reduserast med 55 prosent innan 2060.",
        "4": "Det skal vere trygt og enkelt å reise kollektivt mellom bustad, skule og arbeid.",
        "5": "Næringslivet skal skape nye arbeidsplassar innan havbruk, fornybar energi og "
             "reiseliv.",
        "6": "Fleire ungdomar skal fullføre vidaregåande opplæring, same kvar i fylket dei bur.",
        "7": "Fleire innvandrarar skal kome i arbeid og få brukt kompetansen sin.",
    }
    tiles = [
        ("1", "Busetjing", "#2E6E8E"), ("2", "Kompetanse", "#3E8E5E"),
        ("3", "Klima", "#5E8E2E"), ("4", "Mobilitet", "#8E6E2E"),
        ("5", "Verdiskaping", "#8E3E3E"), ("6", "Utdanning", "#6E3E8E"),
        ("7", "Inkludering", "#2E8E8E"),
    ]
    def callout(k, kw, col, side):
        return (f"<div class='co {side}'><div class='ic' style='background:{col}'>{k}</div>"
                f"<div class='tx'><div class='kw' style='color:{col}'>{e(kw)}</div>"
                f"<p>{e(g[k])}</p></div></div>")

    left = "".join(callout(k, kw, col, "l") for k, kw, col in tiles if int(k) % 2)
    right = "".join(callout(k, kw, col, "r") for k, kw, col in tiles if not int(k) % 2)
    towns = [("Ytterøyane", 38, 70), ("Skorvefjord", 92, 52), ("Straumvika", 78, 128),
             ("Indre Vestmøre", 116, 106)]
    svg = (
        "<svg viewBox='0 0 210 200' width='100%'>"
        "<path d='M30 40 L70 22 L110 30 L150 18 L190 44 L196 96 L176 150 L140 176 L96 186 "
        "L58 168 L40 140 L18 118 L26 86 Z' fill='#DCE6EC' stroke='#1F3F57' stroke-width='1.2'/>"
        "<path d='M60 84 L96 96 L120 88' fill='none' stroke='#9FB4C2' stroke-width='2'/>"
        + "".join(f"<circle cx='{x}' cy='{y}' r='4' fill='#1F3F57'/><text x='{x + 6}' "
                  f"y='{y + 3}' font-size='8' font-family='DejaVu Sans'>{e(n)}</text>"
                  for n, x, y in towns)
        + "<text x='105' y='196' font-size='10' font-weight='bold' text-anchor='middle' "
        "font-family='DejaVu Sans' fill='#1F3F57'>Vestmøre 2060</text></svg>"
    )
    grid = (f"<div class='mb'><div class='col'>{left}</div><div class='map'>{svg}"
            "<p class='vis'>Berekraftig, open og skapande – eit fylke der folk vil bu og "
            f"verksemder vil vekse.</p></div><div class='col'>{right}</div></div>")
    plans = [
        ("Regional plan for kompetanse og arbeidsliv 2054–2066", "Vidareførast",
         "Nytt handlingsprogram 2057–2058", "Opplæring og kompetanse"),
        ("Regional transportplan 2052–2063", "Rullerast", "Vedtak 2058", "Samferdsel"),
        ("Klimaplan for Vestmøre 2050–2060", "Vidareførast", "Handlingsprogram årleg",
         "Klima og miljø"),
        ("Regional plan for senterstruktur og busetjing", "Ny plan", "Planprogram 2057, vedtak "
         "2059", "Regional utvikling"),
        ("Regional plan for kulturarv 2046–2058", "Vert oppheva", "Innarbeidd i ny kulturplan",
         "Kultur"),
    ]
    prow = "".join(f"<tr><td>{e(a)}</td><td>{e(b)}</td><td>{e(c)}</td><td>{e(dd)}</td></tr>"
                   for a, b, c, dd in plans)
    body = [
        "<div class='mast'><span>VESTMØRE FYLKESKOMMUNE</span><span>Regional planstrategi "
        "2056–2060</span></div>",
        "<h1>Regional planstrategi for Vestmøre 2056–2060</h1>",
        "<p class='sub'>Vedteken av fylkestinget 9. desember 2056, sak FT-74/56 · jf. plan- og "
        "bygningslova § 7-1</p>",
        "<h2>1 Kva er ein regional planstrategi?</h2>",
        "<p>Fylkestinget skal minst éin gong i kvar valperiode vedta ein regional planstrategi. "
        "Strategien gjer greie for dei viktigaste utviklingstrekka i fylket, set mål for den "
        "langsiktige utviklinga og avgjer kva regionale planar som skal lagast eller reviderast. "
        "Kommunane, statsforvaltaren, regionråda og næringslivet har kome med innspel i "
        "arbeidet.</p>",
        "<h2>2 Utviklingstrekk og utfordringar</h2>",
        "<ul><li>Vestmøre har 248 000 innbyggjarar. Skorvefjord og Straumvika veks, medan "
        "Ytterøyane og Indre Vestmøre har hatt nedgang i ti år.</li>"
        "<li>Fire av ti verksemder melder at dei ikkje får tak i fagarbeidarar.</li>"
        "<li>79 prosent av elevane fullfører vidaregåande innan fem år, men berre 64 prosent i "
        "Ytterøyane.</li>"
        "<li>Transport og havbruk står for over halvparten av klimagassutsleppa.</li></ul>",
        "<h2>3 Måla våre – Vestmøre 2060</h2>",
        "<p>Fylkestinget har sett sju mål for utviklinga fram mot 2060. Måla gjeld for alle "
        "regionale planar, og handlingsprogramma til planane skal vise korleis dei vert følgde "
        "opp.</p>",
        grid,
        "<h2>4 Planbehov i perioden</h2>",
        "<table class='pl'><thead><tr><th>Plan</th><th>Vurdering</th><th>Vidare arbeid</th>"
        f"<th>Ansvarleg avdeling</th></tr></thead><tbody>{prow}</tbody></table>",
        "<h2>5 Oppfølging</h2>",
        "<p>Fylkesdirektøren rapporterer på måla i årsmeldinga. Planstrategien vert "
        "evaluert før ny strategi vert lagd fram i 2060.</p>",
        "<p class='sign'>Asbjørn Leirgjerde, fylkesordførar</p>",
    ]
    css = (
        "@page{size:A4;margin:14mm 16mm 16mm 16mm;"
        "@bottom-center{content:counter(page) ' / ' counter(pages);font:7.5pt 'DejaVu Sans';"
        "color:#666}}"
        "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
        "body{font:9.2pt/1.42 'DejaVu Sans';color:#222}"
        ".mast{display:flex;justify-content:space-between;background:#1F3F57;color:#fff;"
        "font:bold 7.5pt 'DejaVu Sans';padding:4pt 8pt;letter-spacing:.06em}"
        "h1{font:bold 20pt 'DejaVu Sans';color:#1F3F57;margin:12pt 0 2pt}"
        ".sub{color:#555;margin:0 0 8pt}"
        "h2{font:bold 11.5pt 'DejaVu Sans';color:#1F3F57;margin:10pt 0 3pt}"
        "p{margin:0 0 4pt}ul{margin:0 0 4pt 14pt;padding:0}"
        ".mb{display:flex;gap:8pt;align-items:center;margin:6pt 0 8pt;break-inside:avoid}"
        ".col{flex:0 0 34%}.map{flex:1;text-align:center}"
        ".co{display:flex;gap:5pt;margin:0 0 7pt;font:8.8pt/1.35 'Liberation Sans Narrow'}"
        ".co.l{border-right:1.2pt solid #9FB4C2;padding-right:6pt}"
        ".co.r{border-left:1.2pt solid #9FB4C2;padding-left:6pt}"
        ".ic{flex:0 0 18pt;height:18pt;border-radius:9pt;color:#fff;font:bold 10pt/18pt "
        "'DejaVu Sans';text-align:center}"
        ".kw{font:bold 7pt 'DejaVu Sans';text-transform:uppercase;letter-spacing:.08em;"
        "margin-bottom:1pt}"
        ".co p{margin:0}"
        ".vis{font:italic 8.6pt 'DejaVu Sans';color:#1F3F57;margin:2pt 6pt 0}"
        "table.pl{font-size:8.4pt}table.pl th{background:#1F3F57;color:#fff;text-align:left;"
        "padding:3pt 5pt}table.pl td{border-bottom:.5pt solid #bbb;padding:3pt 5pt;"
        "vertical-align:top}"
        ".sign{margin-top:10pt;font-style:italic}"
    )
    _html("nn", "Regional planstrategi for Vestmøre 2056–2060", css, body, d / "parent.pdf")

    c = {
        "H1": "Fleire lærlingar skal få læreplass i heimfylket, og fleire verksemder skal ta "
              "inn lærlingar.",
        "H2": "Ungdom som står i fare for å slutte, skal bli fanga opp tidleg og få eit "
              "opplegg som held dei i opplæring.",
        "H3": "Det skal vere tilbod om fagskule- og høgskuleutdanning i alle dei fire "
              "regionane.",
        "H4": "Verksemder i havbruk og fornybar energi skal lettare finne tilsette med rett "
              "kompetanse.",
        "H5": "Partnarskapet for kompetanse skal utvidast med NAV og dei fire regionråda.",
    }
    m = {
        "1.1": "Lærlingløftet: tilskot til verksemder som tek inn sin første lærling",
        "1.2": "Lærekandidatordning i alle dei fire regionane",
        "2.1": "Oppfølgingstenesta kontaktar alle ungdomar 16–21 år som ikkje er i opplæring "
               "eller arbeid",
        "2.2": "Vekslingsmodell mellom skule og bedrift på tre vidaregåande skular",
        "3.1": "Studiesenter i Ytterøyane og Indre Vestmøre med desentraliserte studium i "
               "sjukepleie og ingeniørfag",
        "3.2": "Fagbrev på jobb for vaksne tilsette i kommunane",
        "4.1": "Bransjeprogram havbruk: korte kurs på kveldstid",
        "4.2": "Fagskuletilbod i elkraft og havvind i Straumvika frå hausten 2058",
        "5.1": "Norskopplæring på arbeidsplassen for tilsette i sjømatindustrien",
        "5.2": "Rettleiing om godkjenning av utanlandsk utdanning, saman med NAV",
        "6.1": "Avtale om partnarskap med NAV Vestmøre og regionråda",
    }
    head = ["Nr.", "Tiltak", "Ansvarleg", "Partnarar", "2057", "2058"]
    w = [10, 64, 30, 36, 13, 13]
    child = [
        ("kicker", "VESTMØRE FYLKESKOMMUNE · OPPLÆRING OG KOMPETANSE"),
        ("title", "Handlingsprogram 2057–2058"),
        ("sub", "Regional plan for kompetanse og arbeidsliv 2054–2066 · Vedteke av fylkestinget "
         "17. mars 2057, sak FT-12/57"),
        ("h1", "1 Om handlingsprogrammet"),
        ("p", "Handlingsprogrammet viser kva fylkeskommunen og partnarane skal gjere dei to "
         "neste åra for å nå måla i Regional plan for kompetanse og arbeidsliv. Det er det "
         "første programmet etter at fylkestinget vedtok ny regional planstrategi i desember "
         "2056. Tiltaka er ordna etter dei fem innsatsområda i planen; under kvart innsatsområde "
         "står målet for programperioden."),
        ("p", "X i årskolonnane viser når tiltaket vert gjennomført. Ansvarleg er den "
         "avdelinga i fylkeskommunen som leier arbeidet."),
        ("h1", "2 Innsatsområde, mål og tiltak"),
        ("lab", "Innsatsområde 1 – Lærlingar og fagarbeidarar"),
        ("i", "Mål: " + c["H1"]),
        ("table", head, [
            ("1.1", m["1.1"], "Opplæringsavd.", "NHO, LO, opplæringskontora", "X", "X"),
            ("1.2", m["1.2"], "Opplæringsavd.", "Opplæringskontora", "X", "X"),
        ], w),
        ("lab", "Innsatsområde 2 – Gjennomføring i vidaregåande"),
        ("i", "Mål: " + c["H2"]),
        ("table", head, [
            ("2.1", m["2.1"], "Opplæringsavd.", "Kommunane, NAV", "X", "X"),
            ("2.2", m["2.2"], "Skuleeigar", "Bedrifter i regionane", "", "X"),
        ], w),
        ("lab", "Innsatsområde 3 – Vaksne og høgare utdanning"),
        ("i", "Mål: " + c["H3"]),
        ("table", head, [
            ("3.1", m["3.1"], "Regional utvikling", "Høgskulen i Vestmøre", "X", "X"),
            ("3.2", m["3.2"], "Opplæringsavd.", "Kommunane", "X", "X"),
        ], w),
        ("lab", "Innsatsområde 4 – Kompetanse for næringslivet"),
        ("i", "Mål: " + c["H4"]),
        ("table", head, [
            ("4.1", m["4.1"], "Regional utvikling", "Sjømatrådet Vestmøre", "X", ""),
            ("4.2", m["4.2"], "Fagskulen", "Energiselskapa", "", "X"),
        ], w),
        ("lab", "Innsatsområde 5 – Inkludering i arbeidslivet"),
        ("table", head, [
            ("5.1", m["5.1"], "Opplæringsavd.", "Kompetanse Noreg, verksemdene", "X", "X"),
            ("5.2", m["5.2"], "Opplæringsavd.", "NAV Vestmøre", "X", "X"),
        ], w),
        ("lab", "Samarbeid og styring"),
        ("i", "Mål: " + c["H5"]),
        ("table", head, [
            ("6.1", m["6.1"], "Fylkesdirektøren", "NAV, regionråda", "X", ""),
        ], w),
        ("h1", "3 Økonomi"),
        ("table", ["Innsatsområde", "2057 (1 000 kr)", "2058 (1 000 kr)", "Finansiering"], [
            ("1 Lærlingar og fagarbeidarar", "6 400", "6 400", "Fylkeskommunal ramme"),
            ("2 Gjennomføring", "3 100", "4 800", "Ramme og statleg tilskot"),
            ("3 Vaksne og høgare utdanning", "5 200", "5 200", "Ramme, kommunane 30 %"),
            ("4 Kompetanse for næringslivet", "2 300", "3 900", "Regionale utviklingsmidlar"),
            ("5 Inkludering", "1 600", "1 600", "Kompetanse Noreg"),
        ], [62, 28, 28, 48]),
        ("p", "Tiltak som ikkje har dekning i budsjettet for 2058, vert lagde fram på nytt i "
         "budsjettet. Ubrukte midlar kan ikkje overførast mellom innsatsområda."),
        ("h1", "4 Dette er ikkje med i handlingsprogrammet"),
        ("sq", [
            "Busetjing og tilflytting er tema i den nye regionale planen for senterstruktur og "
            "busetjing.",
            "Klimatiltak står i handlingsprogrammet til klimaplanen.",
            "Skyss for lærlingar og vaksne elevar høyrer til Regional transportplan; "
            "fylkeskommunen har ikkje løyvd pengar til eit eige lærlingkort.",
        ]),
        ("sig", ["Straumvika, 17. mars 2057", "Maren Sjursen, fylkesdirektør for opplæring og "
                 "kompetanse"]),
    ]
    _rl_doc(d / "child.pdf", child, fonts=_p43._rl_fonts("LiberationSansNarrow"), base=9.6,
            accent="#3E6E4E", tint="#E7EFE9", title="Handlingsprogram 2057–2058 – Regional plan "
            "for kompetanse og arbeidsliv – Vestmøre fylkeskommune",
            author="Vestmøre fylkeskommune",
            header="Vestmøre fylkeskommune · Handlingsprogram 2057–2058 for kompetanse og "
            "arbeidsliv", footer="FT-12/57", page_word="Side")

    goals_ = [
        G("1", g["1"], "partial", [c["H3"], m["3.1"]],
          ev="Det skal vere tilbod om fagskule-",
          missing=["folketalsvekst, busetjing og tilflytting: 'Busetjing og tilflytting er "
                   "tema i den nye regionale planen for senterstruktur'"],
          note="the goals are the sentences in the seven callouts round the map in '3 Måla "
          "våre – Vestmøre 2060' (id = the number in the callout's disc; odd numbers stand "
          "left, even right, so the text order is 1, 3, 5, 7, 2, 4, 6); the keyword over each "
          "callout, the map's place names, the vision line under it, the trend bullets of '2', the plan "
          "table of '4 Planbehov i perioden' and '5 Oppfølging' are no goals. Only one means "
          "(studies in every region) of a population goal; its main part is handed to another "
          "plan"),
        G("2", g["2"], "followed_up", [c["H1"], c["H3"], c["H4"], m["1.1"], m["3.2"]],
          ev="Fleire lærlingar skal få læreplass",
          note="the plan's own subject: apprentices, adults' trade certificates, studies, "
          "recruiting for industry"),
        G("3", g["3"], "not_followed_up",
          note="handed on ('Klimatiltak står i handlingsprogrammet til klimaplanen'). Trap "
          "(shared words): 'fornybar energi' and 'havvind' in innsatsområde 4 are about "
          "recruiting, not emissions"),
        G("4", g["4"], "not_followed_up",
          note="handed on and refused: transport for apprentices belongs to the Regional "
          "transportplan and no money for an apprentice ticket ('ikkje løyvd pengar til eit "
          "eige lærlingkort') — shares 'skyss', 'lærlingar', not an answer"),
        G("5", g["5"], "partial", [c["H4"], m["4.1"], m["4.2"]],
          ev="Verksemder i havbruk og fornybar energi",
          missing=["reiseliv", "nye arbeidsplassar (the programme helps existing firms to "
                   "recruit, it does not create jobs)"],
          note="havbruk and fornybar energi only, through competence"),
        G("6", g["6"], "followed_up", [c["H2"], c["H1"], m["2.1"], m["2.2"], m["1.2"]],
          ev="Ungdom som står i fare for",
          note="in other words: pupils at risk of dropping out caught early, the follow-up "
          "service, work-based routes (and apprenticeships, which complete a vocational "
          "route); 'same kvar dei bur' through measures in all regions"),
        G("7", g["7"], "followed_up", [m["5.1"], m["5.2"]],
          ev="Norskopplæring på arbeidsplassen for tilsette",
          note="only measures, no 'Mål:' line under innsatsområde 5: Norwegian at the workplace "
          "and recognition of foreign education (using their competence)"),
    ]
    kids = [
        C(c["H1"], ["2", "6"], note="the child goals are the italic 'Mål:' lines under the "
          "innsatsområde labels of '2 Innsatsområde, mål og tiltak' (the text after 'Mål: '); "
          "the table rows are measures ('X' = year). Never child goals: '1 Om "
          "handlingsprogrammet', the budget table and rules of '3 Økonomi', the '▪' list of '4 "
          "Dette er ikkje med', the signature. Innsatsområde 5 has no 'Mål:' line"),
        C(c["H2"], ["6"]),
        C(c["H3"], ["1", "2"]),
        C(c["H4"], ["2", "5"]),
        C(c["H5"], [], note="widening the partnership (governance of the plan): no goal of the "
          "planstrategi — stands alone"),
    ]
    return dict(
        language="nn", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (HTML → Chromium, DejaVu Sans 9.2; a county's REGIONAL "
        "PLANSTRATEGI): mast band, trend bullets, the goals as an INFOGRAPHIC — callouts round "
        "an SVG outline map of the county (odd numbers left, even right, each a numbered "
        "disc, a capitals keyword and the goal sentence), the vision under the map — a table "
        "of plans to make or revise; "
        "footer 'n / N'; child PDF (reportlab, Liberation Sans Narrow 9.6; the HANDLINGSPROGRAM of the "
        "regional plan for kompetanse og arbeidsliv): kicker, five innsatsområde labels each "
        "over an italic 'Mål:' line and a table `Nr. | Tiltak | Ansvarleg | Partnarar | 2057 | "
        "2058` with X marks (one area without a 'Mål:' line), a budget table, '▪' list of what "
        "is left out, signature; header over a rule, 'Side n'",
        goals=goals_, kids=kids,
    )


# =========================================================================== 3 Ljusmården (sv)


@pair
def ljusmarden_overenskommelse(d: Path) -> dict:
    g = {
        "A": "Alla barn och unga i länet ska ha tillgång till kultur i skolan och på fritiden, "
             "oavsett var de bor.",
        "B": "Kulturarvet ska bevaras, användas och göras tillgängligt för fler, också "
             "digitalt.",
        "C": "De nationella minoriteternas och det samiska folkets kultur och språk ska "
             "synliggöras och stärkas.",
        "D": "Konstnärer och andra kulturskapare ska kunna bo och verka i hela länet.",
        "E": "Kulturverksamheter som får regionalt stöd ska vara tillgängliga för personer med "
             "funktionsnedsättning.",
        "F": "Den regionala kulturverksamheten ska samverka med civilsamhället, inte minst "
             "hembygdsrörelsen.",
        "G": "Kulturen ska bidra till god hälsa, och äldre ska kunna delta i kulturlivet.",
    }
    head = {
        "A": "Mål A – Barn och unga", "B": "Mål B – Kulturarv", "C": "Mål C – Minoriteter och "
        "urfolk", "D": "Mål D – Konstnärliga villkor", "E": "Mål E – Tillgänglighet",
        "F": "Mål F – Civilsamhälle", "G": "Mål G – Kultur och hälsa",
    }
    prio = {
        "A": "Prioriteringar: skapande skola, kulturskolans regionala samverkan, lovverksamhet.",
        "B": "Prioriteringar: digitalisering, gemensamma magasin, levande kulturmiljöer.",
        "C": "Prioriteringar: samråd med Sametinget och de samiska föreningarna, "
             "språkrevitalisering.",
        "D": "Prioriteringar: ateljéstipendier, residens, skäliga ersättningar enligt MU-avtalet.",
        "E": "Prioriteringar: tillgänglighetsplaner i alla verksamheter med regionalt stöd.",
        "F": "Prioriteringar: kunskapsstöd och gemensamma projekt.",
        "G": "Prioriteringar: kultur på recept, kultur i vård och omsorg.",
    }
    goals_blocks = []
    for k in g:
        goals_blocks += [("b", head[k]), ("i", g[k]), ("p", prio[k])]
    parent = [
        ("title", "Regional kulturplan för Region Ljusmården 2057–2060"),
        ("sub", "Beslutad av regionfullmäktige 15 november 2056, § 141 · Dnr RS 2056/388"),
        ("h1", "1 Inledning"),
        ("p", "Kulturplanen är regionens underlag för kultursamverkansmodellen enligt förordningen "
         "om fördelning av vissa statsbidrag till regional kulturverksamhet. Den beskriver hur "
         "regionen vill utveckla kulturlivet de kommande fyra åren och ligger till grund för "
         "Kulturrådets beslut om statsbidrag och för regionens överenskommelser med de "
         "regionala kulturinstitutionerna."),
        ("p", "Planen utgår från de nationella kulturpolitiska målen. Där står bland annat att "
         "kulturen ska vara en dynamisk, utmanande och obunden kraft med yttrandefriheten som "
         "grund, och att alla ska ha möjlighet att delta i kulturlivet."),
        ("h1", "2 Länet i dag"),
        ("p", "Ljusmården har 131 000 invånare i åtta kommuner. En tredjedel bor mer än fem mil "
         "från Lillkyrka, där de flesta regionala kulturinstitutionerna finns. Länet har 96 "
         "hembygdsföreningar, två samebyar och en växande grupp yrkesverksamma konstnärer i "
         "Tjärnbacka. Andelen invånare över 80 år ökar snabbare än i riket."),
        ("h1", "3 Mål för kulturplanperioden"),
        ("p", "Regionfullmäktige har beslutat om sju mål. Under varje mål anges de "
         "prioriteringar som regionens kulturnämnd ska ta hänsyn till i sina "
         "överenskommelser och bidrag."),
        *goals_blocks,
        ("h1", "4 Regionala kulturinstitutioner och bidrag 2057"),
        ("table", ["Verksamhet", "Huvudman", "Regionalt bidrag (tkr)", "Statligt bidrag (tkr)"], [
            ("Ljusmårdens museum (länsmuseum)", "Stiftelse", "11 400", "8 200"),
            ("Länsteatern Ljusmården", "Aktiebolag", "14 900", "10 600"),
            ("Regionbiblioteket", "Region Ljusmården", "6 300", "2 100"),
            ("Ljusmårdens arkiv", "Ideell förening", "2 200", "1 300"),
            ("Hemslöjdskonsulenterna", "Region Ljusmården", "1 900", "1 200"),
        ], [64, 36, 34, 34]),
        ("h1", "5 Uppföljning"),
        ("p", "Kulturnämnden följer upp planen årligen genom institutionernas återrapportering "
         "och lämnar en samlad redovisning till Kulturrådet den 1 mars varje år."),
    ]
    _docx47(parent, d / "parent.pdf", title="Regional kulturplan för Region Ljusmården "
            "2057–2060", author="Region Ljusmården", header="Region Ljusmården · Regional "
            "kulturplan 2057–2060", footer="Dnr RS 2056/388", page_word="Sida", of_word="av",
            lang="sv-SE", font="Liberation Serif", size=10.5, color="6A2C5C", tint="F1E8EF")

    c = {
        "4.1": "Museet ska nå alla grundskolor i länet med ett pedagogiskt program, även "
               "skolorna längst från Lillkyrka.",
        "4.2": "Samlingarna ska bli sökbara för alla via internet.",
        "4.3": "Museet ska, i samråd med de samiska föreningarna, visa samisk kultur och "
               "historia i basutställningen.",
        "4.4": "Museet ska vara ett stöd för hembygdsföreningarna och andra ideella krafter i "
               "kulturarvsarbetet.",
        "4.5": "Äldre som inte längre kan ta sig till museet ska kunna möta kulturarvet där de "
               "bor.",
        "4.6": "Intäkterna från butik och kafé ska öka med tio procent.",
    }
    m = {
        "bus": "Museibussen besöker skolor i de fyra kommunerna i länets västra del",
        "lar": "Lärarhandledningar till programmet om skogsbrukets historia",
        "dig": "20 000 föremål och 8 000 fotografier publiceras i den digitala "
               "samlingsdatabasen",
        "mag": "Magasinet i Tjärnbacka får ny klimatanläggning",
        "ren": "Utställningen Renvägar öppnar i oktober 2058",
        "radg": "Antikvarisk rådgivning till hembygdsföreningar två dagar i veckan",
        "kurs": "Kurs i registrering av föremål för föreningarnas volontärer",
        "minne": "Minnesväskor med föremål och fotografier lånas ut till äldreboenden",
        "besok": "Museipedagog besöker dagverksamheter för personer med demens",
    }

    def ul(items):
        return "<ul>" + "".join(f"<li>{e(x)}</li>" for x in items) + "</ul>"

    upp = [
        ("4.1", [m["bus"], m["lar"]]), ("4.2", [m["dig"], m["mag"]]),
        ("4.3", [m["ren"], "Samråd med föreningarna inför varje ny del av basutställningen"]),
        ("4.4", [m["radg"], m["kurs"]]), ("4.5", [m["minne"], m["besok"]]),
        ("4.6", ["Nytt sortiment med lokalt hantverk", "Kaféet öppet även måndagar "
                 "under sommaren"]),
    ]
    upp_html = "".join(
        f"<div class='upp'><div class='nr'>{k}</div><div><p class='u'>{e(c[k])}</p>"
        f"<p class='ib'>Det innebär bland annat att</p>{ul(items)}</div></div>"
        for k, items in upp)
    body = [
        "<div class='hd'><div>REGION LJUSMÅRDEN<br><span>Kulturnämnden</span></div>"
        "<div class='dn'>Dnr KN 2057/219<br>Bilaga 1 till § 88</div></div>",
        "<h1>Överenskommelse om uppdrag och ersättning 2058</h1>",
        "<p class='sub'>mellan Region Ljusmården och Stiftelsen Ljusmårdens museum</p>",
        "<h2>§ 1 Parter</h2>",
        "<p>Parter är Region Ljusmården, genom kulturnämnden, nedan kallad regionen, och "
        "Stiftelsen Ljusmårdens museum, organisationsnummer 802400-5117, nedan kallad "
        "museet.</p>",
        "<h2>§ 2 Bakgrund</h2>",
        "<p>Överenskommelsen utgår från Regional kulturplan för Region Ljusmården 2057–2060 "
        "och från museets stadgar. Den anger vilka uppdrag museet ska prioritera under 2058 "
        "och vilken ersättning regionen lämnar.</p>",
        "<h2>§ 3 Grunduppdrag</h2>",
        "<p>Museet är länsmuseum och ska enligt museilagen vara en öppen och tillgänglig "
        "kunskapsresurs. Museet ansvarar för regionens arkeologiska och antikvariska "
        "verksamhet, vårdar och utvecklar samlingarna och håller utställningar öppna året om. "
        "Grunduppdraget gäller tills vidare och omfattas inte av de prioriterade uppdragen "
        "nedan.</p>",
        "<h2>§ 4 Prioriterade uppdrag 2058</h2>",
        upp_html,
        "<h2>§ 5 Uppdrag som inte ingår</h2>",
        "<p>Anpassningen av basutställningen för besökare med syn- och hörselnedsättning "
        "skjuts upp till 2059 i väntan på ombyggnaden av entréplanet. Stöd till konstnärer, "
        "ateljéstipendier och konsthallsverksamhet hanteras av kulturnämnden direkt och ingår "
        "inte i överenskommelsen. Museets sommarutställning 2058, <i>Tjärnbackamålarna – "
        "konstnärer i 1800-talets Ljusmården</i>, produceras inom grunduppdraget.</p>",
        "<h2>§ 6 Ersättning</h2>",
        "<p>Regionen lämnar för 2058 ett verksamhetsbidrag på 20 100 000 kronor, varav "
        "8 350 000 kronor är statsbidrag inom kultursamverkansmodellen. Bidraget betalas ut "
        "kvartalsvis i förskott. Ersättningen får inte användas till verksamhet som bedrivs i "
        "vinstsyfte.</p>",
        "<h2>§ 7 Uppföljning och återrapportering</h2>",
        "<p>Museet redovisar uppdragen i en verksamhetsberättelse senast den 15 februari 2059. "
        "Parterna träffas i ett dialogmöte i september 2058.</p>",
        "<h2>§ 8 Giltighet</h2>",
        "<p>Överenskommelsen gäller 1 januari–31 december 2058. Den har upprättats i två "
        "likalydande exemplar, av vilka parterna tagit var sitt.</p>",
        "<table class='sig'><tr><td>Lillkyrka den 4 december 2057<br>För Region Ljusmården"
        "<br><br>Annika Halvarsdotter<br>kulturdirektör</td><td>Lillkyrka den 4 december 2057"
        "<br>För Stiftelsen Ljusmårdens museum<br><br>Per-Olof Strandgren<br>museichef</td>"
        "</tr></table>",
    ]
    css = (
        "@page{size:A4;margin:18mm 20mm 18mm 22mm;"
        "@bottom-right{content:counter(page) ' (' counter(pages) ')';font:8pt 'Liberation "
        "Sans';color:#444}}"
        "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
        "body{font:10pt/1.4 'Liberation Serif';color:#111}"
        ".hd{display:flex;justify-content:space-between;font:bold 9pt 'Liberation Sans';"
        "border-bottom:.8pt solid #111;padding-bottom:4pt}.hd span{font-weight:normal}"
        ".dn{text-align:right;font-weight:normal}"
        "h1{font:bold 16pt 'Liberation Sans';margin:14pt 0 2pt}"
        ".sub{font:italic 10.5pt 'Liberation Serif';margin:0 0 8pt}"
        "h2{font:bold 10.5pt 'Liberation Sans';margin:9pt 0 2pt}"
        "p{margin:0 0 4pt}"
        ".upp{display:flex;gap:6pt;margin:0 0 5pt;break-inside:avoid}"
        ".nr{flex:0 0 22pt;font:bold 10pt 'Liberation Sans'}"
        "p.u{font-weight:bold;margin:0 0 1pt}p.ib{margin:0;font-style:italic}"
        "ul{margin:1pt 0 0 14pt;padding:0}"
        "table.sig{margin-top:14pt}table.sig td{width:50%;vertical-align:top;padding-right:8pt}"
    )
    _html("sv", "Överenskommelse om uppdrag och ersättning 2058 – Ljusmårdens museum", css,
          body, d / "child.pdf")

    goals_ = [
        G("A", g["A"], "partial", [c["4.1"], m["bus"], m["lar"]],
          ev="Museet ska nå alla grundskolor i",
          missing=["på fritiden: no leisure or holiday activity for children in the museum's "
                   "uppdrag"],
          note="the goals are the italic sentences under the bold headings 'Mål A – …' … 'Mål "
          "G – …' of '3 Mål för kulturplanperioden' (id = the letter); the 'Prioriteringar:' "
          "line under each (strategies), the national cultural-policy goals quoted in '1 "
          "Inledning', the facts of '2', the grant table of '4' and '5 Uppföljning' are no "
          "goals. The schools, also the farthest ones (oavsett var de bor), not leisure time"),
        G("B", g["B"], "followed_up", [c["4.2"], m["dig"], m["mag"]],
          ev="Samlingarna ska bli sökbara för alla",
          note="digital access and preserving (a new climate system in the store); use "
          "through the exhibitions of the basic duty"),
        G("C", g["C"], "partial", [c["4.3"], m["ren"]],
          ev="Museet ska, i samråd med de",
          missing=["språk: no language measure", "de nationella minoriteterna other than the "
                   "Sami"],
          note="Sami culture and history made visible only"),
        G("D", g["D"], "not_followed_up",
          note="handed on ('Stöd till konstnärer … hanteras av kulturnämnden direkt och ingår "
          "inte i överenskommelsen'). Trap (shared words): the summer exhibition on 19th-century "
          "painters ('konstnärer i 1800-talets Ljusmården') is not working conditions for "
          "artists today"),
        G("E", g["E"], "not_followed_up",
          note="deferred: adapting the exhibition for visitors with impaired sight and hearing "
          "'skjuts upp till 2059'"),
        G("F", g["F"], "followed_up", [c["4.4"], m["radg"], m["kurs"]],
          ev="Museet ska vara ett stöd för",
          note="the hembygdsföreningar and other volunteers: advice and training"),
        G("G", g["G"], "followed_up", [c["4.5"], m["minne"], m["besok"]],
          ev="Äldre som inte längre kan ta",
          note="in other words: older people meet the heritage where they live (memory "
          "suitcases, a museum educator at day care for people with dementia) — the museum's "
          "share of culture for health"),
    ]
    kids = [
        C(c["4.1"], ["A"], note="the child goals are the bold sentences numbered 4.1 … 4.6 "
          "under '§ 4 Prioriterade uppdrag 2058'; the bullets after 'Det innebär bland annat "
          "att' are measures. Never child goals: '§ 1 Parter', '§ 2 Bakgrund', '§ 3 "
          "Grunduppdrag' (the standing duty under the museum act), '§ 5 Uppdrag som inte "
          "ingår' (a deferral, a hand-over), '§ 6 Ersättning' (money rules), '§ 7', '§ 8', the "
          "signatures"),
        C(c["4.2"], ["B"]),
        C(c["4.3"], ["C"]),
        C(c["4.4"], ["F"]),
        C(c["4.5"], ["G"]),
        C(c["4.6"], [], note="shop and café income: no goal of the kulturplan — stands alone"),
    ]
    return dict(
        language="sv", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice, Liberation Serif 10.5; a REGIONAL "
        "KULTURPLAN under the kultursamverkansmodellen): the national goals quoted in the "
        "introduction, facts, seven goals as large italic sentences under bold lettered "
        "headings 'Mål A – …', each followed by a 'Prioriteringar:' line, a grant table; "
        "header right over a rule, 'Sida n av N'; child PDF (HTML → Chromium, Liberation "
        "Serif 10; an ÖVERENSKOMMELSE OM UPPDRAG OCH ERSÄTTNING with the county museum): "
        "letterhead with Dnr, § clauses, a standing basic duty, 'Prioriterade uppdrag 2058' as "
        "bold sentences beside numbers 4.1 … with 'Det innebär bland annat att' bullets, what "
        "is not included, money, two-column signatures; footer 'n (N)'",
        goals=goals_, kids=kids,
    )


# =========================================================================== 4 Gyldenbæk (da)


@pair
def gyldenbaek_budgetbilag(d: Path) -> dict:
    g = {
        "1": "Borgere med psykiske vanskeligheder skal kunne bo i egen bolig med den støtte, de "
             "har brug for.",
        "2": "Flere borgere med psykisk sygdom eller misbrug skal være i job eller uddannelse.",
        "3": "Børn og unge, der mistrives, skal hurtigt og nemt kunne få hjælp.",
        "4": "Færre borgere skal have et skadeligt forbrug af alkohol og stoffer, og "
             "behandlingen skal kunne starte hurtigt.",
        "5": "Pårørende skal inddrages og have tilbud om støtte.",
        "6": "Borgerne skal opleve sammenhæng mellem kommunens indsats og behandlingen i "
             "regionspsykiatrien.",
        "7": "Flere skal have et fællesskab og en meningsfuld hverdag.",
    }
    cards = [
        ("Et hjem og en hverdag", ["1", "7"],
         ["Vi tænker bolig, støtte og fællesskab sammen", "Vi bruger frivillige og "
          "foreningslivet", "Vi giver støtten der, hvor borgeren bor"]),
        ("Arbejde og uddannelse", ["2"],
         ["Jobcentret og socialpsykiatrien arbejder i samme team", "Vi møder borgeren med "
          "forventninger og tro på, at det kan lykkes"]),
        ("Tidlig hjælp til børn og unge", ["3"],
         ["Skoler og sundhedspleje opsporer tidligt", "Der skal ikke være lange ventetider på "
          "at tale med en voksen"]),
        ("Alkohol og stoffer", ["4"],
         ["Vi forebygger i skoler og nattelivet", "Behandling tilbydes hurtigt og fleksibelt"]),
        ("Pårørende og sammenhæng", ["5", "6"],
         ["Pårørende ses som en ressource", "Vi aftaler klare overgange med hospitalet"]),
    ]
    cards_html = "".join(
        "<div class='card'><h3>" + e(t) + "</h3>"
        + "".join(f"<div class='ml'>Målsætning {k}</div><p class='g'>{e(g[k])}</p>" for k in ks)
        + "<div class='dg'>Det gør vi</div><ul>" + "".join(f"<li>{e(x)}</li>" for x in dg)
        + "</ul></div>"
        for t, ks, dg in cards)
    body = [
        "<div class='hero'><div class='kom'>GYLDENBÆK KOMMUNE</div>"
        "<h1>Psykiatri- og misbrugspolitik 2057–2061</h1>"
        "<p class='tag'>Et liv med plads til alle</p></div>",
        "<div class='cols'><div><h2>Forord</h2>"
        "<p>Mange borgere i Gyldenbæk lever med psykisk sygdom, et misbrug eller begge dele – "
        "eller er pårørende til én, der gør. Med denne politik sætter byrådet retningen for, "
        "hvordan kommunen vil møde dem. Politikken er blevet til i dialog med borgere, "
        "pårørende, medarbejdere, foreninger og Region Midtkyst.</p>"
        "<p class='sig'>Jytte Olsgard, borgmester</p></div>"
        "<div class='facts'><h2>Det siger tallene</h2><ul>"
        "<li>Hver femte voksne i kommunen har et dårligt mentalt helbred.</li>"
        "<li>410 borgere får socialpædagogisk støtte i eget hjem.</li>"
        "<li>186 borgere var i behandling for misbrug af alkohol eller stoffer i 2056.</li>"
        "<li>Ventetiden på en samtale i ungerådgivningen var 7 uger.</li></ul></div></div>",
        "<h2>Byrådets målsætninger</h2>",
        "<p>Politikken har fem temaer og syv målsætninger. Under hver målsætning står, hvordan "
        "vi vil arbejde – det er ikke en liste over konkrete tiltak.</p>",
        "<div class='grid'>" + cards_html + "</div>",
        "<h2>Sådan følger vi op</h2>",
        "<p>Politikken udmøntes gennem fagudvalgenes budgetforslag og i de årlige aftaler med "
        "institutionerne. Social- og Sundhedsudvalget gør status hvert andet år. Politikken "
        "gælder for alle kommunens forvaltninger.</p>",
        "<p>Kommunens opgaver efter serviceloven og sundhedsloven – blandt andet "
        "behandlingsgarantien for stofmisbrugere – gælder uanset politikken.</p>",
    ]
    css = (
        "@page{size:A4;margin:12mm 14mm 16mm 14mm;"
        "@bottom-center{content:'Psykiatri- og misbrugspolitik · ' counter(page);font:7.5pt "
        "'Liberation Sans';color:#666}}"
        "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
        "body{font:9.4pt/1.42 'Liberation Sans';color:#222}"
        ".hero{background:#0E5A5A;color:#fff;padding:12pt 14pt 10pt}"
        ".kom{font:bold 7.5pt 'Liberation Sans';letter-spacing:.12em}"
        "h1{font:bold 22pt 'Liberation Sans';margin:6pt 0 2pt}"
        ".tag{font:italic 12pt 'Liberation Serif';margin:0}"
        ".cols{display:flex;gap:12pt;margin-top:8pt}.cols>div{flex:1}"
        ".facts{background:#E3F0EF;padding:4pt 9pt}"
        "h2{font:bold 12pt 'Liberation Sans';color:#0E5A5A;margin:9pt 0 3pt;break-after:avoid}"
        "p{margin:0 0 4pt}ul{margin:0 0 3pt 12pt;padding:0}"
        ".sig{font-style:italic}"
        ".grid{display:grid;grid-template-columns:1fr 1fr;gap:8pt}"
        ".card{border:1pt solid #0E5A5A;padding:6pt 8pt;break-inside:avoid}"
        "h3{font:bold 10.5pt 'Liberation Sans';margin:0 0 3pt;color:#0E5A5A}"
        ".ml,.dg{font:bold 7pt 'Liberation Sans';text-transform:uppercase;letter-spacing:.1em;"
        "color:#0E5A5A;margin-top:3pt}"
        "p.g{font:bold 10.2pt/1.35 'Liberation Sans';margin:1pt 0 3pt}"
        ".card ul{font-size:8.6pt}"
    )
    _html("da", "Psykiatri- og misbrugspolitik 2057–2061 – Gyldenbæk Kommune", css, body,
          d / "parent.pdf")

    c = {
        "SSU-1": "Flere borgere skal kunne klare sig i egen lejlighed i stedet for på et "
                 "botilbud.",
        "SSU-3": "Flere borgere med psykiske vanskeligheder skal have et sted at komme og nogen "
                 "at være sammen med.",
        "SSU-4": "Børn, der vokser op med en forælder med psykisk sygdom eller misbrug, skal "
                 "møde andre i samme situation og få talt om det.",
        "BEU-1": "Flere borgere med psykisk sygdom skal få et almindeligt job med løn.",
        "BUU-1": "Unge mellem 12 og 24 år skal kunne få en samtale inden for en uge, uden "
                 "henvisning og uden venteliste.",
        "KFU-1": "Stubberup IF skal kunne træne udendørs hele året.",
    }
    rejected = "Borgere, der henvender sig om et misbrug, skal kunne starte behandling samme " \
               "uge."
    m = {
        "SSU-1": "Et mobilt bostøtteteam på seks medarbejdere med åbent til kl. 22",
        "SSU-3": "Værestedet Fyrtårnet i Kragholm holder åbent i weekender og på helligdage",
        "SSU-4": "To gruppeforløb om året for børn mellem 7 og 16 år",
        "BEU-1": "Tre IPS-konsulenter i jobcentret",
        "BUU-1": "Åben rådgivning for unge i Kragholm og Engvad to eftermiddage om ugen",
    }
    head = ["Udvalg", "Type", "Status efter budgetaftalen"]
    hw = [62, 40, 64]
    ehead = ["1.000 kr., 2058-priser", "2058", "2059", "2060", "2061"]
    ew = [62, 26, 26, 26, 26]

    def forslag(code, title, udvalg, typ, status, beskr, formaal, politik, amounts):
        return [
            ("h2", f"{code}  {title}"),
            ("table", head, [(udvalg, typ, status)], hw),
            ("lab", "Beskrivelse"), ("p", beskr),
            ("lab", "Formål"), ("p", formaal),
            ("lab", "Sammenhæng med politikker"), ("p", politik),
            ("table", ehead, [("Drift, netto", *amounts)], ew),
        ]

    child = [
        ("kicker", "GYLDENBÆK KOMMUNE · BUDGET 2058–2061"),
        ("title", "Bilag 4: Udvidelsesforslag"),
        ("sub", "Fagudvalgenes forslag til udvidelser af serviceniveauet og deres behandling i "
         "budgetaftalen af 19. september 2057. Vedtaget ved 2. behandling i byrådet 9. oktober "
         "2057."),
        ("p", "Fagudvalgene har i juni 2057 sendt 11 udvidelsesforslag til budgetforhandlingerne. "
         "Bilaget gengiver de forslag, der vedrører driften, i udvalgenes egen formulering. Det "
         "fremgår af hvert forslag, om det er indarbejdet i budgetaftalen. Forslag, der ikke er "
         "indarbejdet, kan genfremsendes til budget 2059."),
        ("table", ["Nr.", "Forslag", "2058 (1.000 kr.)", "Status"], [
            ("SSU-1", "Bostøtteteam i eget hjem", "2.350", "Indarbejdet"),
            ("SSU-2", "Længere åbningstid i Rusmiddelcenter Gyldenbæk", "1.100",
             "Ikke indarbejdet"),
            ("SSU-3", "Weekendåbent i værestedet Fyrtårnet", "640", "Indarbejdet"),
            ("SSU-4", "Gruppeforløb for børn i familier med psykisk sygdom eller misbrug",
             "310", "Indarbejdet"),
            ("BEU-1", "IPS-konsulenter i jobcentret", "1.480", "Indarbejdet"),
            ("BUU-1", "Åben rådgivning for unge", "920", "Indarbejdet"),
            ("KFU-1", "Kunstgræsbane i Stubberup, drift", "260", "Indarbejdet"),
            ("TMU-1", "Vintervedligeholdelse af cykelstien Kragholm–Engvad", "180",
             "Ikke indarbejdet"),
        ], [18, 92, 28, 28]),
        *forslag("SSU-1", "Bostøtteteam i eget hjem", "Social- og Sundhedsudvalget",
                 "Serviceudvidelse", "Indarbejdet",
                 "Der oprettes et mobilt team, som giver socialpædagogisk støtte om aftenen og "
                 "i weekenden. " + m["SSU-1"] + ".", c["SSU-1"],
                 "Psykiatri- og misbrugspolitikken 2057–2061, temaet 'Et hjem og en hverdag'.",
                 ("2.350", "2.350", "2.350", "2.350")),
        *forslag("SSU-2", "Længere åbningstid i Rusmiddelcenter Gyldenbæk",
                 "Social- og Sundhedsudvalget", "Serviceudvidelse", "Ikke indarbejdet",
                 "Rusmiddelcentret holder i dag åbent for nye henvendelser to dage om ugen. "
                 "Forslaget giver åbent alle hverdage og en aftenåbning.", rejected,
                 "Psykiatri- og misbrugspolitikken 2057–2061, temaet 'Alkohol og stoffer'.",
                 ("1.100", "1.100", "1.100", "1.100")),
        *forslag("SSU-3", "Weekendåbent i værestedet Fyrtårnet", "Social- og Sundhedsudvalget",
                 "Serviceudvidelse", "Indarbejdet",
                 m["SSU-3"] + ". Frivillige fra Kragholm Idrætsforening står for en fast "
                 "gåtur søndag formiddag.", c["SSU-3"],
                 "Psykiatri- og misbrugspolitikken 2057–2061; frivillighedsstrategien.",
                 ("640", "640", "640", "640")),
        *forslag("SSU-4", "Gruppeforløb for børn i familier med psykisk sygdom eller misbrug",
                 "Social- og Sundhedsudvalget", "Nyt tilbud", "Indarbejdet",
                 m["SSU-4"] + ", ledet af en psykolog og en familiebehandler.", c["SSU-4"],
                 "Psykiatri- og misbrugspolitikken 2057–2061; børne- og ungepolitikken.",
                 ("310", "310", "310", "310")),
        *forslag("BEU-1", "IPS-konsulenter i jobcentret", "Beskæftigelsesudvalget",
                 "Nyt tilbud", "Indarbejdet",
                 m["BEU-1"] + " hjælper borgere i psykiatrisk behandling direkte ud på en "
                 "arbejdsplads og følger dem, så længe der er behov.", c["BEU-1"],
                 "Psykiatri- og misbrugspolitikken 2057–2061; beskæftigelsesplanen 2058.",
                 ("1.480", "1.480", "1.480", "1.480")),
        *forslag("BUU-1", "Åben rådgivning for unge", "Børne- og Ungeudvalget", "Nyt tilbud",
                 "Indarbejdet", m["BUU-1"] + ". Psykologer og socialrådgivere tager imod "
                 "uden tidsbestilling.", c["BUU-1"],
                 "Børne- og ungepolitikken; psykiatri- og misbrugspolitikken 2057–2061.",
                 ("920", "920", "920", "920")),
        *forslag("KFU-1", "Kunstgræsbane i Stubberup, drift", "Kultur- og Fritidsudvalget",
                 "Drift af nyt anlæg", "Indarbejdet",
                 "Anlægget er bevilget i anlægsbudgettet. Forslaget dækker drift, lys og "
                 "vedligeholdelse.", c["KFU-1"], "Idræts- og bevægelsespolitikken.",
                 ("260", "260", "260", "260")),
        ("h2", "Forhold uden bevilling"),
        ("p", "Samarbejdet med Region Midtkyst om udskrivning fra psykiatrisk afdeling aftales "
         "i sundhedsaftalen og har ingen budgetmæssige konsekvenser i 2058. Behandlingsgarantien "
         "på 14 dage efter serviceloven overholdes fortsat inden for den eksisterende ramme."),
    ]
    _rl_doc(d / "child.pdf", child, fonts=_p43._rl_fonts("LiberationSans"), base=9.2,
            accent="#0E5A5A", tint="#E3F0EF", title="Budget 2058–2061, Bilag 4: "
            "Udvidelsesforslag – Gyldenbæk Kommune", author="Gyldenbæk Kommune, Økonomi",
            header="Gyldenbæk Kommune · Budget 2058–2061 · Bilag 4 Udvidelsesforslag",
            footer="Økonomi og Analyse", page_word="Side")

    goals_ = [
        G("1", g["1"], "followed_up", [c["SSU-1"], m["SSU-1"]],
          ev="Flere borgere skal kunne klare sig",
          note="the goals are the bold sentences after the small 'MÅLSÆTNING n' labels in the "
          "five theme cards of 'Byrådets målsætninger' (id = n); the 'Det gør vi' bullets "
          "(ways of working, 'ikke en liste over konkrete tiltak'), the foreword, 'Det siger "
          "tallene', 'Sådan følger vi op' and the statutory duties are no goals. In other "
          "words: managing in one's own flat instead of a botilbud, support evenings and "
          "weekends"),
        G("2", g["2"], "partial", [c["BEU-1"], m["BEU-1"]],
          ev="Flere borgere med psykisk sygdom skal",
          missing=["uddannelse", "borgere med misbrug"],
          note="ordinary paid jobs for people with mental illness (IPS) only"),
        G("3", g["3"], "followed_up", [c["BUU-1"], c["SSU-4"], m["BUU-1"]],
          ev="Unge mellem 12 og 24 år",
          note="in other words: a talk within a week, no referral, no waiting list (quick and "
          "easy help)"),
        G("4", g["4"], "not_followed_up",
          note="trap (shared words, rejected): SSU-2 'Længere åbningstid i Rusmiddelcenter' "
          "has a purpose on starting treatment the same week but is 'Ikke indarbejdet'; the "
          "14-day treatment guarantee is a statutory duty kept 'inden for den eksisterende "
          "ramme', not a follow-up; nothing on prevention"),
        G("5", g["5"], "partial", [c["SSU-4"], m["SSU-4"]],
          ev="Børn, der vokser op med en",
          missing=["inddragelse af pårørende", "støtte til voksne pårørende"],
          note="children as relatives only (a group course)"),
        G("6", g["6"], "not_followed_up",
          note="handed on: cooperation with the region on discharge 'aftales i "
          "sundhedsaftalen og har ingen budgetmæssige konsekvenser'"),
        G("7", g["7"], "followed_up", [c["SSU-3"], m["SSU-3"]],
          ev="Flere borgere med psykiske vanskeligheder skal",
          note="in other words: a place to go and people to be with — the drop-in centre "
          "open at weekends, volunteers"),
    ]
    kids = [
        C(c["SSU-1"], ["1"], note="the child goals are the 'Formål' paragraphs of the "
          "proposals marked 'Indarbejdet' (SSU-1, SSU-3, SSU-4, BEU-1, BUU-1, KFU-1); the "
          "'Beskrivelse' paragraphs are the measures. Never child goals: the 'Formål' of the "
          "proposals 'Ikke indarbejdet' (SSU-2 on starting treatment the same week; TMU-1 has "
          "no block), the summary table (names only), the amount tables, 'Sammenhæng med "
          "politikker' (a claimed link, not a goal), 'Forhold uden bevilling'"),
        C(c["SSU-3"], ["7"]),
        C(c["SSU-4"], ["5", "3"], note="children of parents with mental illness or addiction "
          "meeting others: relatives' support (5) and help for children who struggle (3)"),
        C(c["BEU-1"], ["2"]),
        C(c["BUU-1"], ["3"]),
        C(c["KFU-1"], [], note="a football club's all-year pitch: no goal of the psykiatri- og "
          "misbrugspolitik — stands alone (the budget appendix covers every committee)"),
    ]
    return dict(
        language="da", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (HTML → Chromium, Liberation Sans 9.4; a kommune's PSYKIATRI- OG "
        "MISBRUGSPOLITIK as a brochure): hero band, foreword beside a facts box, five theme "
        "cards two to a row, each with 'MÅLSÆTNING n' labels over bold goal sentences and a "
        "'Det gør vi' list, follow-up; footer centred; child PDF (reportlab, Liberation Sans "
        "9.2; BUDGET 2058–2061, BILAG 4: UDVIDELSESFORSLAG): a summary table `Nr. | Forslag | "
        "2058 | Status`, then one block per proposal — code and title, a table `Udvalg | Type | "
        "Status efter budgetaftalen`, 'Beskrivelse', 'Formål', 'Sammenhæng med politikker', an "
        "amount table `1.000 kr. | 2058 … 2061` — adopted and rejected ones, 'Forhold uden "
        "bevilling'; header over a rule, 'Side n'",
        goals=goals_, kids=kids,
    )


# =========================================================================== 5 Calderwick (en)


@pair
def calderwick_joint_forward_plan(d: Path) -> dict:
    g = {
        "1": "Every child will have the best start in life, and more children will be ready "
             "for school at the age of five.",
        "2": "People will live more years in good health, and the gap in healthy life "
             "expectancy between our most and least deprived neighbourhoods will narrow.",
        "3": "People with long-term conditions will be supported to manage them at home and to "
             "stay out of hospital.",
        "4": "People in a mental health crisis will get help within 24 hours, close to where "
             "they live.",
        "5": "Everyone will be able to get timely help from their GP practice or community "
             "pharmacy.",
        "6": "Health and care organisations will use their power as employers and buyers to "
             "create good local jobs and support the local economy.",
        "7": "Older people will be able to live independently in their own homes for longer, "
             "with good-quality social care.",
    }
    parent = [
        ("title", "Integrated Care Strategy 2057–2062"),
        ("sub", "Calderwick and Fennbridge Integrated Care Partnership · Agreed 14 March 2057"),
        ("h1", "Foreword"),
        ("p", "This strategy is owned by all the partners in the Calderwick and Fennbridge "
         "Integrated Care Partnership: the two councils, the NHS, the voluntary, community and "
         "social enterprise (VCSE) sector, Healthwatch and our universities. It sets out what we "
         "want to achieve together for the 612,000 people who live in Calderwick and "
         "Fennbridge. Each partner will show in its own plans how it contributes — for the NHS, "
         "through the Joint Forward Plan."),
        ("p", "Dr Helen Marbury, Chair, Calderwick and Fennbridge Integrated Care Partnership"),
        ("h1", "Our area"),
        ("bul", [
            "Healthy life expectancy in Dunhaven East is 14 years lower than in Lessford "
            "Rural.",
            "One in four adults lives with two or more long-term conditions.",
            "Only 61% of children in Calderwick reach a good level of development by the end "
            "of reception.",
            "The NHS and the councils together employ 41,000 people and spend £1.2 billion a "
            "year on goods and services.",
        ]),
        ("h1", "Our principles"),
        ("p", "We will work together as one system, listen to people with lived experience, "
         "focus on prevention and act where need is greatest. These principles apply to "
         "everything we do; they are not ambitions in themselves."),
        ("h1", "Our shared ambitions"),
        ("p", "Partners have agreed seven ambitions for the next five years, set out across the "
         "life course. Under each ambition we say why it matters and how partners will "
         "contribute."),
        ("h2", "Start well"),
        ("hang", [("1", g["1"])]),
        ("p", "Why it matters: the gap in development opens before a child starts school and "
         "rarely closes afterwards."),
        ("bul", ["Family hubs in every locality", "Health visiting and early speech and "
                 "language support"]),
        ("h2", "Live well"),
        ("hang", [("2", g["2"])]),
        ("bul", ["Smoke-free pregnancies and hospitals", "Healthy weight programmes in the "
                 "most deprived wards"]),
        ("hang", [("3", g["3"])]),
        ("bul", ["Joined-up neighbourhood teams around general practice", "Self-management "
                 "support and technology at home"]),
        ("hang", [("4", g["4"])]),
        ("bul", ["Crisis alternatives run with the VCSE sector"]),
        ("hang", [("5", g["5"])]),
        ("bul", ["Modern access to general practice", "Using the skills of community "
                 "pharmacists"]),
        ("h2", "Age well"),
        ("hang", [("7", g["7"])]),
        ("bul", ["Reablement after a stay in hospital", "Fair pay for care workers"]),
        ("h2", "Anchor institutions"),
        ("hang", [("6", g["6"])]),
        ("bul", ["Local recruitment and apprenticeships", "Social value in procurement"]),
        ("h1", "Delivering the strategy"),
        ("p", "The Integrated Care Partnership will review progress every year. The NHS "
         "England planning guidance and the national targets remain the responsibility of the "
         "Integrated Care Board and are not repeated here. Funding decisions are taken by each "
         "partner's own board or cabinet."),
    ]
    _docx47(parent, d / "parent.pdf", title="Integrated Care Strategy 2057–2062 – Calderwick "
            "and Fennbridge Integrated Care Partnership", author="Calderwick and Fennbridge "
            "Integrated Care Partnership", header="Calderwick and Fennbridge Integrated Care "
            "Partnership · Integrated Care Strategy 2057–2062", footer="Agreed 14 March 2057",
            page_word="Page", of_word="of", lang="en-GB", font="Liberation Sans", size=10,
            color="005EB8", tint="E8F1FA")

    c = {
        "U": "Patients who need urgent care will be assessed and treated faster, and fewer "
             "will wait more than 12 hours in A&E.",
        "P": "Patients will find it easier to contact their practice and will know on the day "
             "how their request will be dealt with.",
        "L": "More people with heart failure, COPD or diabetes will be cared for in the "
             "community and avoid an emergency admission.",
        "M": "People in crisis will be able to reach help at any hour of the day, without "
             "having to go to A&E to get it.",
        "CY": "Children will wait less for community paediatrics, speech and language therapy "
              "and autism assessments.",
        "W": "We will recruit more of our staff from local communities, including people who "
             "have been out of work.",
    }
    m = {
        "UEC1": "Open the same-day emergency care unit at Dunhaven General Hospital seven days "
                "a week",
        "UEC2": "Keep ambulance handovers under 30 minutes with a dedicated handover area",
        "PC1": "Move all 54 practices to cloud-based telephony with call-back",
        "PC2": "Pharmacy First in every community pharmacy for the seven common conditions",
        "PC3": "Recruit 40 more clinical pharmacists, physician associates and care "
               "co-ordinators in primary care networks",
        "LTC1": "Virtual ward capacity of 120 beds for heart failure and respiratory patients",
        "LTC2": "A community diabetes team in each of the 11 primary care networks",
        "MH1": "24/7 mental health option on NHS 111 for all ages",
        "MH2": "Crisis café in Dunhaven open evenings and weekends, run with Mind in "
               "Calderwick",
        "MH3": "Second crisis café in Lessford",
        "CYP1": "Speech and language therapy: no child waiting more than 18 weeks",
        "CYP2": "Single autism assessment pathway for 4–18-year-olds across both places",
        "WF1": "Health and Care Academy: 300 local people into entry-level roles",
        "WF2": "Guaranteed interview for care leavers and veterans",
    }
    hd = ["Ref", "What we will deliver in 2058/59", "Lead", "By"]
    w = [18, 160, 50, 29]
    child = [
        ("title", "Joint Forward Plan 2058/59 to 2062/63"),
        ("sub", "NHS Calderwick and Fennbridge Integrated Care Board with Dunhaven Hospitals NHS "
         "Foundation Trust and Fennbridge Community and Mental Health NHS Trust · Annual "
         "refresh, March 2058"),
        ("h1", "1 Introduction"),
        ("p", "The Joint Forward Plan sets out how the NHS in Calderwick and Fennbridge will "
         "meet the physical and mental health needs of our population over the next five years. "
         "It responds to the Integrated Care Strategy agreed by the Integrated Care Partnership "
         "in March 2057, to the councils' Health and Wellbeing Strategies and to the NHS "
         "planning guidance for 2058/59. This refresh sets out what we will deliver in "
         "2058/59; the later years are shown in the programme roadmaps published alongside."),
        ("h1", "2 National targets for 2058/59"),
        ("p", "The planning guidance asks every system to meet these targets; they are not "
         "repeated under the programmes: 78% of patients seen within four hours in A&E; no one "
         "waiting more than 52 weeks for planned care; 80% of patients given a cancer diagnosis "
         "or ruled out within 28 days."),
        ("h1", "3 Our programmes"),
        ("h2", "3.1 Urgent and emergency care"),
        ("b", "Our aim: " + c["U"]),
        ("table", hd, [("UEC1", m["UEC1"], "Dunhaven Hospitals", "June 2058"),
                       ("UEC2", m["UEC2"], "Dunhaven Hospitals", "Q2")], w),
        ("h2", "3.2 Primary care access"),
        ("b", "Our aim: " + c["P"]),
        ("table", hd, [("PC1", m["PC1"], "ICB Primary Care", "Sept 2058"),
                       ("PC2", m["PC2"], "ICB Pharmacy lead", "Q1"),
                       ("PC3", m["PC3"], "Primary care networks", "March 2059")], w),
        ("h2", "3.3 Long-term conditions"),
        ("b", "Our aim: " + c["L"]),
        ("table", hd, [("LTC1", m["LTC1"], "Fennbridge Community Trust", "Dec 2058"),
                       ("LTC2", m["LTC2"], "ICB Clinical Director", "March 2059")], w),
        ("h2", "3.4 Mental health"),
        ("b", "Our aim: " + c["M"]),
        ("table", hd, [("MH1", m["MH1"], "Fennbridge Community Trust", "April 2058"),
                       ("MH2", m["MH2"], "Fennbridge Community Trust", "Q2"),
                       ("MH3", m["MH3"], "ICB Mental Health", "Q4")], w),
        ("h2", "3.5 Children and young people"),
        ("b", "Our aim: " + c["CY"]),
        ("table", hd, [("CYP1", m["CYP1"], "Fennbridge Community Trust", "March 2059"),
                       ("CYP2", m["CYP2"], "ICB Children's lead", "Q3")], w),
        ("h2", "3.6 Workforce"),
        ("b", "Our aim: " + c["W"]),
        ("table", hd, [("WF1", m["WF1"], "ICB People Director", "March 2059"),
                       ("WF2", m["WF2"], "All NHS partners", "Ongoing")], w),
        ("h1", "4 What this plan does not cover"),
        ("p", "Adult social care is arranged by Calderwick Council and Fennbridge Council; "
         "their plans for helping older people to stay at home are set out in their adult "
         "social care strategies. Programmes on smoking, healthy weight and alcohol are led by "
         "the councils' public health teams through the Health and Wellbeing Strategies, and "
         "early years services such as health visiting and family hubs are commissioned by the "
         "councils."),
        ("h1", "5 Finance"),
        ("p", "The ICB and its partner trusts must deliver a break-even position in 2058/59. "
         "The plan assumes efficiency savings of 4.1% and no growth in the number of "
         "administrative posts. Capital is allocated by the system capital group."),
        ("h1", "6 How we will know"),
        ("table", ["Measure", "Baseline 2057/58", "Target 2058/59"], [
            ("Emergency admissions for ambulatory care sensitive conditions, per 100,000",
             "1,410", "1,300"),
            ("Patients contacting their practice by phone who get through first time", "58%",
             "75%"),
            ("Healthy life expectancy gap between most and least deprived deciles (reported "
             "by the councils)", "14.0 years", "Monitored"),
            ("Staff recruited from postcodes in the 20% most deprived areas", "9%", "14%"),
        ], [150, 54, 53]),
    ]
    _docx(child, d / "child.pdf", title="Joint Forward Plan 2058/59 to 2062/63 – NHS "
          "Calderwick and Fennbridge", author="NHS Calderwick and Fennbridge Integrated Care "
          "Board", header="NHS Calderwick and Fennbridge Integrated Care Board · Joint Forward "
          "Plan, annual refresh 2058", footer="Board meeting 26 March 2058, item 9",
          lang="en-GB", font="Liberation Sans", size=9.5, color="005EB8", landscape=True)

    goals_ = [
        G("1", g["1"], "partial", [c["CY"], m["CYP1"], m["CYP2"]],
          ev="Children will wait less for community",
          missing=["ready for school at five / best start: early years, health visiting and "
                   "family hubs are 'commissioned by the councils'"],
          note="the goals are the sentences after the typed numbers 1 … 7 (label + tab in a "
          "hanging indent) under the life-course headings of 'Our shared ambitions' (id = the "
          "number; 6 is printed after 7, under 'Anchor institutions'); the 'Why it matters' "
          "lines and the bullets (how partners will contribute), the foreword, 'Our area', "
          "'Our principles' and 'Delivering the strategy' are no goals. Shorter waits for "
          "speech and language therapy serve part of the best start"),
        G("2", g["2"], "not_followed_up",
          note="handed to the councils ('Programmes on smoking, healthy weight and alcohol are "
          "led by the councils' public health teams'). Trap (shared words): 'Healthy life "
          "expectancy gap' is a row of '6 How we will know', 'Monitored', 'reported by the "
          "councils' — an indicator, not a follow-up"),
        G("3", g["3"], "followed_up", [c["L"], m["LTC1"], m["LTC2"]],
          ev="More people with heart failure, COPD",
          note="in other words: cared for in the community and avoiding an emergency "
          "admission, virtual wards, community diabetes teams"),
        G("4", g["4"], "followed_up", [c["M"], m["MH1"], m["MH2"], m["MH3"]],
          ev="People in crisis will be able",
          note="help at any hour without going to A&E: the 111 mental health option and crisis "
          "cafés in both towns (close to where they live)"),
        G("5", g["5"], "followed_up", [c["P"], m["PC1"], m["PC2"], m["PC3"]],
          ev="Patients will find it easier to",
          note="in other words: contacting the practice, knowing the same day, Pharmacy First"),
        G("6", g["6"], "partial", [c["W"], m["WF1"], m["WF2"]],
          ev="We will recruit more of our",
          missing=["as buyers: social value in procurement, the local economy"],
          note="as employers only (local recruitment)"),
        G("7", g["7"], "not_followed_up",
          note="handed on: adult social care and helping older people stay at home are in "
          "'their adult social care strategies'"),
    ]
    kids = [
        C(c["U"], [], note="the child goals are the bold 'Our aim:' lines under the programme "
          "headings 3.1 … 3.6 (the text after 'Our aim: '); the table rows UEC1 … WF2 are "
          "measures. Never child goals: the national targets of '2' (quoted from the planning "
          "guidance), '4 What this plan does not cover', '5 Finance', the indicator table of "
          "'6 How we will know'. This aim (urgent care, A&E waits): no ambition of the "
          "strategy — stands alone"),
        C(c["P"], ["5"]),
        C(c["L"], ["3"]),
        C(c["M"], ["4"]),
        C(c["CY"], ["1"]),
        C(c["W"], ["6"]),
    ]
    return dict(
        language="en", parent="parent.pdf", child="child.pdf",
        producer="parent PDF (python-docx → LibreOffice, Liberation Sans 10; an English "
        "INTEGRATED CARE STRATEGY of an Integrated Care Partnership): foreword, facts, "
        "principles, seven ambitions as typed numbers + tab in a hanging indent under the "
        "life-course headings 'Start well · Live well · Age well · Anchor institutions' (6 "
        "printed after 7), each with 'Why it matters' or Word '•' bullets; header right over a "
        "rule, 'Page n of N'; child PDF (python-docx → LibreOffice, Liberation Sans 9.5, A4 "
        "LANDSCAPE; the ICB's JOINT FORWARD PLAN, annual refresh): national targets in prose, "
        "per programme a bold 'Our aim:' line over a table `Ref | What we will deliver in "
        "2058/59 | Lead | By`, what the plan does not cover, finance, an indicator table; "
        "header over a rule, footer + page",
        goals=goals_, kids=kids,
    )


# =========================================================================== main


def main(argv: list[str]) -> None:
    """Build this folder's pairs and their gold, --verify them, or --twice: build everything
    twice and compare the sha256 of every file (all in pairkit.parents_main)."""
    pk.parents_main(argv, here=HERE, pairs=PAIRS, p14=_p14, p20=_p20, builder=BUILDER)


if __name__ == "__main__":
    main(sys.argv[1:])
