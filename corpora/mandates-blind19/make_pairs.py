"""Build the nineteenth blind batch of mandate/plan pairs under corpora/mandates-blind19/ and their gold.

Written on 2026-12-04 without reading plancheck's code, from how mandates are really delivered:
a bokmål OPPDRAGSBREV from the kommunedirektør to a project group (Word to PDF) with lettered
points typed `a)⇥` … `k)⇥`, two of them with typed "–" sub-bullets that complete the point, and a
closing paragraph holding two process requirements in prose; a nynorsk PLANPROGRAM (Word to PDF)
whose 'Problemstillingar' are questions in Word bullets under theme headings ("Korleis kan
kommunen …?", "Kva for …?"), with a question in a fact box and one in 'Utanfor planarbeidet' that
are none; a Danish BESTILLING written as a notat (Word to PDF) with the points enumerated INLINE
in three running paragraphs ("Planen skal 1) …, 2) … og 3) …") and a quoted rule of the
rottebekendtgørelse; a Swedish DIREKTIV (Word to PDF) with a table `Delmoment | Leverans |
Klart` whose Delmoment cell is empty where a phase goes on; and an English (UK) TERMS OF
REFERENCE (Word to PDF) with 'In scope' bullets, 'Out of scope' bullets (no points) and
numbered 'Deliverables'.

    python corpora/mandates-blind19/make_pairs.py               # all pairs
    python corpora/mandates-blind19/make_pairs.py varelevering  # some pairs

Imports the eighteenth batch's builder (corpora/mandates-blind18/make_pairs.py) and through it
the earlier ones (P, web_pdf, build_odfpy, build_rl_pdf, build_pdf_l, build_docx_l, pdf_pages,
the construction check, flat, themed, blind10's joined), the gold writer of
corpora/mandates-blind/_build.py. Everything is pinned, so a rebuild gives the same files.
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


_b18 = _load("mandates_blind18_make_pairs", HERE.parent / "mandates-blind18" / "make_pairs.py")
P, web_pdf, build_odfpy, build_rl_pdf, build_pdf_l = (_b18.P, _b18.web_pdf, _b18.build_odfpy,
                                                      _b18.build_rl_pdf, _b18.build_pdf_l)
pdf_pages, check_points_in_mandate, build_docx_l = (_b18.pdf_pages, _b18.check_points_in_mandate,
                                                    _b18.build_docx_l)
flat, odf_language = _b18.flat, _b18.odf_language
_b12 = _b18._b17._b12
joined = _b12.joined

PAIRS: dict[str, Callable[[Path], dict]] = {}


def pair(fn):
    PAIRS[fn.__name__.replace("_", "-")] = fn
    return fn


# =========================================================================== 1 varelevering (nb)


VAR_SPACE = 222  # points of space under the letterhead, so that e)'s sub-bullets break over the page


@pair
def varelevering(d: Path) -> dict:
    b_head = ("vurdere hvem som skal drive en samlastsentral, med fordeler og ulemper ved "
              "disse driftsformene:")
    b_sub = ["drift i egen regi", "kjøp av tjenesten fra en logistikkaktør",
             "et interkommunalt samarbeid med Ornes og Lauvland"]
    e_head = "beskrive hvordan leveransene til sykehjemmene og produksjonskjøkkenet skal sikres, "\
             "blant annet:"
    e_sub = ["kjølekjede for næringsmidler", "leveringstider tilpasset kjøkkenets produksjon",
             "beredskap når vegen over Skjeldvikskaret er stengt"]
    pts = [
        ("a", "kartlegge dagens vareleveranser til kommunens virksomheter, med antall "
              "leveranser, leverandører og kjørte kilometer"),
        ("b", joined(b_head, b_sub)),
        ("c", "foreslå hvor samlastlageret skal ligge, og hvilke krav lokalene må oppfylle"),
        ("d", "beregne kostnadene ved etablering og drift, og de økonomiske gevinstene for "
              "virksomhetene"),
        ("e", joined(e_head, e_sub)),
        ("f", "vurdere hvordan transporten fra samlastlageret kan bli utslippsfri"),
        ("g", "beskrive hvordan samordnet varelevering skal innarbeides i nye innkjøpsavtaler og "
              "konkurranser"),
        ("h", "vurdere konsekvensene for lokale leverandører og for næringslivet i Skjeldvik"),
        ("i", "beskrive hvordan skoler, barnehager og andre virksomheter skal bestille og ta "
              "imot varer"),
        ("j", "foreslå tiltak som bedrer arbeidsmiljøet for de ansatte som tar imot varer"),
        ("k", "legge fram en plan for innfasing, med rekkefølge for virksomhetene"),
    ]
    s1 = ("Før forslaget legges fram, skal det drøftes med hovedtillitsvalgte og "
          "hovedverneombudet.")
    s2 = "Endelig planforslag skal legges fram for formannskapet innen 15. november 2032."
    header = "Skjeldvik kommune – oppdragsbrev samordnet varelevering"
    listed = []
    for i, (k, x) in enumerate(pts):
        end = "." if i == len(pts) - 1 else ","
        if k == "b":
            listed.append(("typed", "b)", b_head, "\t", 8))
            listed += [("typed", "–", t + ",", "\t", 5, 8) for t in b_sub]
        elif k == "e":
            listed.append(("typed", "e)", e_head, "\t", 8))
            listed += [("typed", "–", t + ",", "\t", 5, 8) for t in e_sub]
        else:
            listed.append(("typed", f"{k})", x + end, "\t", 8))
    m = [
        ("meta", "SKJELDVIK KOMMUNE · Kommunedirektøren"),
        ("p", "Til: Prosjektgruppe samordnet varelevering v/ prosjektleder Marte Gulbrandsen"),
        ("meta", "Vår dato: 02.02.2032 · Vår ref.: 32/0417-1 · Saksbehandler: Torleif Aune · "
                 "Kopi: Ledergruppen, Hovedverneombudet"),
        ("space", VAR_SPACE),
        ("h1", "Oppdrag – plan for samordnet varelevering til kommunale virksomheter"),
        ("p", "Kommunens 63 leveringsadresser får i dag varer fra mer enn hundre leverandører, "
              "mange av dem flere ganger i uka og med halvfulle biler. Kommunestyret vedtok i "
              "klimaplanen at kommunens egne transporter skal være utslippsfrie innen 2030, og "
              "innkjøpsanalysen fra 2031 viser at varetransporten er en stor del av dem."),
        ("p", "Oppdraget er forankret i handlingsprogrammet 2032–2035, tiltak 4.7. Prosjektet "
              "har en ramme på 350 000 kroner, som dekker konsulentbistand og reiser."),
        ("p", "Jeg ber prosjektgruppen om å utarbeide et forslag til plan for samordnet "
              "varelevering. Planen skal"),
        *listed,
        ("p", "Prosjektgruppen ledes av innkjøpssjefen og rapporterer til ledergruppen hver "
              "måned. " + s1 + " " + s2 + " Jeg ser fram til arbeidet og takker for "
              "innsatsen."),
        ("p", "Med hilsen"),
        ("p", "Randi Eikrem Strand, kommunedirektør"),
        ("meta", "Dokumentet er elektronisk godkjent og har derfor ingen signatur."),
    ]
    build_pdf_l(m, d / "oppdragsbrev.pdf", word_lang="nb", title="Oppdrag – plan for samordnet "
                "varelevering", author="Skjeldvik kommune", header=header)
    pages = pdf_pages(d / "oppdragsbrev.pdf")
    if not (e_sub[0] in flat(pages[0]) and e_sub[1] in flat(pages[1])):
        raise SystemExit("varelevering: e)'s sub-bullets do not break over the page")
    p = [
        ("title", "Plan for samordnet varelevering 2033–2036"),
        ("meta", "Skjeldvik kommune · Forslag fra prosjektgruppen · Til formannskapet "
                 "3. desember 2032"),
        ("h1", "1 Innledning"),
        ("p", "Planen er utarbeidet av en prosjektgruppe med folk fra innkjøp, eiendom, helse og "
              "omsorg og oppvekst. Vi har snakket med leverandørene, næringslivet og "
              "virksomhetslederne underveis."),
        ("p", "Forslaget ble drøftet med hovedverneombudet i møte 28. oktober 2032."),
        ("h1", "2 Slik kommer varene i dag"),
        ("p", "I 2031 tok kommunens virksomheter imot om lag 11 400 leveranser fra 138 "
              "leverandører. Leverandørenes biler kjørte anslagsvis 96 000 kilometer i "
              "kommunen for å levere dem, og tre av fire biler gikk på diesel."),
        ("h1", "3 Samlastlageret"),
        ("p", "Vi foreslår at samlastlageret legges til den tidligere brannstasjonen på "
              "Holmen, som står tom fra sommeren 2033. Tomta ligger ved riksvegen, fem "
              "minutter fra sentrum."),
        ("h1", "4 Hvem skal drive lageret?"),
        ("p", "Prosjektgruppen har sammenlignet drift i egen regi med å kjøpe tjenesten fra "
              "en logistikkaktør. Egen regi gir kommunen kontroll over leveringstidene og "
              "bruker sjåfører som allerede er ansatt i kantinedriften. Kjøp er billigere de "
              "første årene, men få aktører kan levere i hele kommunen. Vi anbefaler egen regi."),
        ("p", "Ornes kommune har vist interesse for ordningen."),
        ("h1", "5 Kostnader og gevinster"),
        ("p", "Ombygging og utstyr koster 2,1 millioner kroner. Drift med to sjåfører og to "
              "varebiler koster 3,4 millioner kroner i året. Til gjengjeld får kommunen "
              "lavere varepriser når leverandørene slipper å kjøre ut, anslått til 2,6 "
              "millioner kroner i året, og virksomhetene sparer om lag 4 500 arbeidstimer som i "
              "dag går med til varemottak."),
        ("h1", "6 Sykehjemmene og kjøkkenet"),
        ("p", "Produksjonskjøkkenet på Skjeldvik helsetun får varene levert før klokka 07.30, "
              "slik at de er på plass før matlagingen starter. Varebilene har kjøle- og "
              "frysedel, og temperaturen logges under hele transporten."),
        ("h1", "7 Bestilling og mottak"),
        ("p", "Skoler, barnehager og andre virksomheter bestiller som før i e-handelssystemet. "
              "Lageret kjører ut til hver adresse på faste dager. Sjåføren setter varene på "
              "plass i virksomhetens varerom og kvitterer elektronisk."),
        ("p", "Fordi varene bæres helt inn på varerommet og leveres på tralle, slipper de "
              "ansatte tunge løft og å avbryte arbeidet for å ta imot biler flere ganger om "
              "dagen."),
        ("h1", "8 Miljø"),
        ("p", "Lageret kjøper to elektriske varebiler med kjøleaggregat og en el-lastesykkel "
              "for leveranser i sentrum. Ladepunkter monteres ved brannstasjonen."),
        ("h1", "9 Innkjøp"),
        ("p", "Samordnet varelevering berører innkjøpsavtaler, lagerdrift og transport, og "
              "innkjøpsavdelingen vil følge opp ordningen."),
        ("break",),
        ("h1", "Vedlegg 1 Innfasing"),
        ("table", ["Fase", "Virksomheter", "Fra"],
         [["1", "Skjeldvik helsetun med produksjonskjøkkenet", "September 2033"],
          ["2", "Barnehagene (sju)", "Januar 2034"],
          ["3", "Skolene (fem)", "August 2034"],
          ["4", "Rådhuset, biblioteket og teknisk drift", "Januar 2035"]],
         [18, 100, 45]),
    ]
    build_docx_l(p, d / "plan.docx", word_lang="nb", title="Plan for samordnet varelevering "
                 "2033–2036", author="Skjeldvik kommune",
                 header="Skjeldvik kommune – plan for samordnet varelevering")
    c = dict(pts)
    g = [
        P("a", c["a"], "content", "covered", ev="I 2031 tok kommunens virksomheter imot",
          trap="a lettered point typed 'a)⇥' after 'Planen skal' (number = the letter without "
          "its closing mark); answered in other words: leveranser, 138 leverandører and "
          "kilometres driven"),
        P("b", c["b"], "content", "partial", ev="Prosjektgruppen har sammenlignet drift",
          missing=["et interkommunalt samarbeid med Ornes og Lauvland"],
          trap="a point with three typed '–' sub-bullets that complete it (one point, not "
          "four; text joined with '; '); two of the three forms are compared; 'Ornes kommune "
          "har vist interesse' shares a word with the third but assesses nothing"),
        P("c", c["c"], "content", "partial", ev="Vi foreslår at samlastlageret legges",
          missing=["krav til lokalene"],
          trap="the place is proposed (the old fire station); no requirements for the "
          "premises are given"),
        P("d", c["d"], "content", "covered", ev="Ombygging og utstyr koster 2,1 millioner",
          trap="answered with amounts in other words: 'Ombygging og utstyr' for etablering, "
          "lower prices and 4 500 working hours for the gevinster"),
        P("e", c["e"], "content", "partial", ev="Produksjonskjøkkenet på Skjeldvik helsetun",
          missing=["beredskap når vegen over Skjeldvikskaret er stengt"],
          trap="a point with three sub-bullets after 'blant annet:'; cold chain and delivery "
          "times are answered in other words ('kjøle- og frysedel', 'før klokka 07.30'); the "
          "closed mountain road is not"),
        P("f", c["f"], "content", "covered", ev="Lageret kjøper to elektriske varebiler",
          trap="answered in other words under 'Miljø': electric vans and an electric cargo "
          "bike for 'utslippsfri'; the klimaplan's 'skal være utslippsfrie innen 2030' in the "
          "letter's background is no point"),
        P("g", c["g"], "content", "uncovered",
          trap="shared words in a list: 'berører innkjøpsavtaler, lagerdrift og transport' "
          "under 'Innkjøp' names the agreements without saying how the scheme is written into "
          "them"),
        P("h", c["h"], "content", "uncovered",
          trap="shared words: the introduction says the group has talked to 'leverandørene, "
          "næringslivet og virksomhetslederne'; no consequences are assessed"),
        P("i", c["i"], "content", "covered", ev="Skoler, barnehager og andre virksomheter",
          trap="answered under 'Bestilling og mottak'"),
        P("j", c["j"], "content", "covered", ev="Fordi varene bæres helt inn",
          trap="answered in other words: delivery on a trolley into the store room spares the "
          "staff heavy lifting and interruptions (measures for the arbeidsmiljø)"),
        P("k", c["k"], "deliverable", "covered", ev="Fase Virksomheter Fra",
          trap="answered only in the table 'Vedlegg 1 Innfasing' on its own page after the "
          "page break"),
        P("S1", s1, "process", "partial", ev="Forslaget ble drøftet med hovedverneombudet",
          missing=["drøfting med hovedtillitsvalgte"],
          trap="a requirement in the closing paragraph's prose, between 'Prosjektgruppen ledes "
          "av …' and the thanks (both none); answered in the introduction for the "
          "hovedverneombud only"),
        P("S2", s2, "process", "uncovered",
          trap="the second requirement of the closing paragraph; the plan's meta line sends it "
          "to the formannskap on 3 December 2032, after the deadline of 15 November"),
    ]
    return dict(language="nb", mandate="oppdragsbrev.pdf", plan="plan.docx", header=header,
                producer="oppdragsbrev PDF (Word export, 'Side n av m'): a letter from the "
                "kommunedirektør, lettered points typed 'a)⇥' … 'k)⇥' after 'Planen skal', b) "
                "and e) with typed '–' sub-bullets, two requirements in the closing paragraph; "
                "plan .docx (kept) with short chapters and an appendix table after a page break",
                points=g)


# =========================================================================== 2 helsebygg (nn)


@pair
def helsebygg(d: Path) -> dict:
    q = [
        ("Behov", [
            "Kor mange plassar med heildøgns omsorg treng kommunen fram mot 2046, fordelt på "
            "institusjon og omsorgsbustader?",
            "Kva for plassar bør vere tilrettelagde for personar med demens?"]),
        ("Bygg og lokalisering", [
            "Korleis kan kommunen nytte Lidvang sjukeheim og Åsen omsorgssenter vidare, og kva "
            "for bygg bør seljast eller rivast?",
            "Kvar bør eit nytt helsehus liggje, og kva krav skal stillast til tomta?",
            "Korleis kan institusjonane liggje nær sentrum, butikk og kollektivtilbod?"]),
        ("Tenester og bemanning", [
            "Korleis kan kommunen rekruttere og halde på nok sjukepleiarar og "
            "helsefagarbeidarar?",
            "Kva rolle skal velferdsteknologi ha i dei nye bygga?",
            "Korleis kan heimetenestene styrkjast slik at fleire kan bu heime lenger?"]),
        ("Økonomi", [
            "Kva vil investeringane og drifta koste i dei ulike alternativa?",
            "Korleis skal utbygginga fasast inn i økonomiplanen?"]),
        ("Energi og klima", [
            "Korleis kan nye bygg nå krava til energi og klima?"]),
        ("Pårørande og frivillige", [
            "Kva for rom trengst for pårørande, frivillige og dagaktivitetstilbodet?"]),
    ]
    qs = [x for _, xs in q for x in xs]
    s1 = ("Brukarrådet ved sjukeheimen, eldrerådet og rådet for personar med "
          "funksjonsnedsetjing skal få uttale seg før planforslaget vert lagt ut på høyring.")
    header = "Lidvang kommune – planprogram helse- og omsorgsbygg"
    m = [
        ("meta", "LIDVANG KOMMUNE"),
        ("title", "Planprogram – kommunedelplan for helse- og omsorgsbygg 2035–2046"),
        ("meta", "Fastsett av formannskapet 22.04.2034, sak 031/34 · Arkivsak 34/0208"),
        ("h1", "1 Innleiing"),
        ("p", "Lidvang sjukeheim vart bygd i 1978 og har 48 plassar, dei fleste på "
              "dobbeltrom som ikkje lenger held mål. Åsen omsorgssenter har 24 omsorgsbustader "
              "med heildøgns tenester. Talet på innbyggjarar over 80 år vil auke frå 410 i dag "
              "til om lag 720 i 2046."),
        ("p", "Kommunestyret vedtok i handlingsdelen 2034–2037 å lage ein kommunedelplan som "
              "avklarer kva bygg helse- og omsorgstenestene treng dei neste tjue åra."),
        ("h3", "Kva er eit planprogram?"),
        ("p", "Eit planprogram gjer greie for føremålet med planarbeidet, kva spørsmål planen "
              "skal svare på, og korleis innbyggjarane kan vere med. Programmet vert fastsett "
              "av formannskapet etter høyring."),
        ("h1", "2 Problemstillingar"),
        ("p", "Planarbeidet skal gje svar på desse spørsmåla:"),
    ]
    for i, (tema, xs) in enumerate(q, 1):
        m.append(("h2", f"2.{i} {tema}"))
        m.append(("bullets", xs))
    m += [
        ("h1", "3 Utanfor planarbeidet"),
        ("p", "Skal legevakta flytte inn i det nye helsehuset? Dette spørsmålet vert avklart i "
              "ei eiga sak om interkommunal legevakt i 2035, og er ikkje ein del av planen."),
        ("h1", "4 Medverknad og framdrift"),
        ("p", "Planprogrammet låg ute til høyring frå 15. januar til 1. mars 2034. Det kom 11 "
              "merknader."),
        ("p", s1 + " Kommunedirektøren tek sikte på å leggje planen fram for kommunestyret i "
              "juni 2035."),
    ]
    build_pdf_l(m, d / "planprogram.pdf", word_lang="nb", title="Planprogram – kommunedelplan "
                "for helse- og omsorgsbygg", author="Lidvang kommune", header=header,
                lang="nn-NO")
    p = [
        ("title", "Kommunedelplan for helse- og omsorgsbygg 2035–2046"),
        ("meta", "Lidvang kommune · Planomtale · Høyringsutkast mars 2035"),
        ("h1", "1 Samandrag"),
        ("p", "Planen tilrår eit nytt helsehus på Tunet i Lidvang sentrum med 64 plassar. "
              "Lidvang sjukeheim vert riven når helsehuset står ferdig i 2039."),
        ("p", "Eldrerådet fekk ei orientering om arbeidet i møtet 9. januar 2035."),
        ("h1", "2 Kor mange plassar treng vi?"),
        ("p", "Vi reknar med at kommunen treng 96 plassar med heildøgns omsorg i 2046: 64 i "
              "institusjon og 32 i omsorgsbustader. I dag har vi 72."),
        ("p", "To av dei fire avdelingane i helsehuset vert skjerma einingar med 16 plassar "
              "kvar, med eigen sansehage og korte gangar."),
        ("h1", "3 Tunet"),
        ("p", "Helsehuset vert lagt på Tunet-tomta, som kommunen eig. Tomta ligg 300 meter frå "
              "daglegvarebutikken og 150 meter frå busshaldeplassen ved kyrkja."),
        ("h1", "4 Bemanning"),
        ("p", "Rekruttering, kompetanse og turnus er viktige tema for helse og omsorg i åra "
              "som kjem."),
        ("h1", "5 Teknologi"),
        ("p", "Alle romma i helsehuset får fallsensor, digitalt tilsyn om natta og "
              "medisindispenser. Dei tilsette får varsla på mobiltelefonen."),
        ("h1", "6 Heimetenestene"),
        ("p", "Heimetenestene held fram som i dag."),
        ("h1", "7 Økonomi"),
        ("p", "Investeringa i helsehuset er rekna til 410 millionar kroner, medrekna riving av "
              "Lidvang sjukeheim."),
        ("h1", "8 Energi"),
        ("p", "Helsehuset skal byggjast etter passivhusstandard."),
        ("h1", "9 Dagsenter og frivillige"),
        ("p", "I første etasje kjem eit dagsenter for 15 personar og ein kafé som frivillige "
              "driv saman med Lidvang sanitetslag."),
        ("h1", "10 Vidare arbeid"),
        ("p", "Helsehuset er lagt inn i økonomiplanen 2035–2038 med prosjektering i 2036 og "
              "byggjestart våren 2037."),
        ("h1", "Vedlegg 1 Plassar i dag og i 2046"),
        ("table", ["Bygg", "I dag", "2046"],
         [["Lidvang sjukeheim", "48", "–"], ["Åsen omsorgssenter", "24", "32"],
          ["Helsehuset på Tunet", "–", "64"]], [70, 30, 30]),
    ]
    build_odfpy(p, d / "plan.odt", title="Kommunedelplan for helse- og omsorgsbygg 2035–2046",
                lang="nn")
    g = [
        P("1", qs[0], "content", "covered", ev="Vi reknar med at kommunen treng 96",
          trap="a question in a Word bullet under '2.1 Behov' (the 'Problemstillingar' are "
          "questions, numbered by position 1–12 over the six theme headings); the question "
          "'Kva er eit planprogram?' in the introduction is a fact-box heading, no point; "
          "answered with amounts"),
        P("2", qs[1], "content", "covered", ev="To av dei fire avdelingane",
          trap="answered in other words: 'skjerma einingar' (units for people with dementia) "
          "with their own garden; the word 'demens' is not used"),
        P("3", qs[2], "content", "partial", ev="Planen tilrår eit nytt helsehus",
          missing=["korleis Åsen omsorgssenter skal nyttast vidare",
                   "kva for bygg som bør seljast"],
          trap="only Lidvang sjukeheim is dealt with (demolished, told in the summary); the "
          "omsorgssenter appears only as a row of the appendix table (24 places today, 32 in "
          "2046), which gives a number but says nothing of how the building is to be used"),
        P("4", qs[3], "content", "partial", ev="Helsehuset vert lagt på Tunet-tomta",
          missing=["krav til tomta"],
          trap="the site is chosen under a heading that names only the place ('Tunet'); no "
          "requirements for the site are set"),
        P("5", qs[4], "content", "covered", ev="Helsehuset vert lagt på Tunet-tomta",
          trap="answered with distances in other words (300 m to the grocery, 150 m to the bus "
          "stop) for 'nær butikk og kollektivtilbod'"),
        P("6", qs[5], "content", "uncovered",
          trap="shared words in a list: 'Rekruttering, kompetanse og turnus er viktige tema' "
          "under 'Bemanning' names recruitment without answering how"),
        P("7", qs[6], "content", "covered", ev="Alle romma i helsehuset får fallsensor",
          trap="answered in other words under 'Teknologi' by members of the class (fall "
          "sensors, digital night supervision, medicine dispensers)"),
        P("8", qs[7], "content", "uncovered",
          trap="'Heimetenestene held fram som i dag' has the object as its heading but says "
          "nothing about strengthening them"),
        P("9", qs[8], "content", "partial", ev="Investeringa i helsehuset er rekna",
          missing=["driftskostnader", "kostnader for dei ulike alternativa"],
          trap="an amount for the investment of the chosen solution only"),
        P("10", qs[9], "content", "covered", ev="Helsehuset er lagt inn i økonomiplanen",
          trap="answered in the process chapter 'Vidare arbeid'"),
        P("11", qs[10], "content", "partial", ev="Helsehuset skal byggjast etter passivhusstandard",
          missing=["klimakrav (materialar, utslepp)"],
          trap="the passive-house standard answers energy; nothing on climate"),
        P("12", qs[11], "content", "partial", ev="I første etasje kjem eit dagsenter",
          missing=["rom for pårørande"],
          trap="a day centre and a café run by volunteers; no rooms for relatives; the "
          "question in 'Utanfor planarbeidet' (legevakta) is none"),
        P("S1", s1, "process", "uncovered",
          trap="a requirement in the prose of 'Medverknad og framdrift' between the "
          "programme's own hearing (a fact) and 'tek sikte på' (an intention), both none; "
          "shared words: the eldreråd was given an orientation (told in the summary), which "
          "is no statement from the three councils before the hearing"),
    ]
    return dict(language="nn", mandate="planprogram.pdf", plan="plan.odt", header=header,
                producer="planprogram PDF (Word export, nn-NO, 'Side n av m'): a fact box "
                "headed by a question, 'Problemstillingar' as twelve questions in Word bullets "
                "under six theme headings, a question in 'Utanfor planarbeidet', a requirement "
                "in the process chapter; plan .odt written with odfpy (kept), ten short "
                "chapters and an appendix table", points=g)


# =========================================================================== 3 rotter (da)


@pair
def rotter(d: Path) -> dict:
    n = {
        "1": "beskrive status for rottebekæmpelsen med antal anmeldelser fordelt på by og land",
        "2": "fastsætte mål for de kommende tre år",
        "3": "beskrive, hvordan kommunen sikrer, at alle landbrugsejendomme får det "
             "lovpligtige rottetilsyn",
        "4": "redegøre for samarbejdet med Holmbæk Forsyning om rottespærrer og "
             "kloakinspektioner",
        "5": "udpege de områder, hvor der er flest kloakrotter",
        "6": "vurdere, om kommunen skal stille krav om rottespærrer ved nybyggeri",
        "7": "beskriver, hvordan borgerne informeres om forebyggelse, fx om fuglefodring og "
             "kompost",
        "8": "vurderer brugen af giftfri metoder som fælder",
        "9": "indeholder et budget for ordningen, herunder rottebidraget",
    }
    s1 = ("Udkastet skal sendes i høring hos Holmbæk Forsyning og Landboforeningen "
          "Sydvest, inden det forelægges Teknik- og Miljøudvalget.")
    s2 = "Planen skal vedtages af Kommunalbestyrelsen senest den 1. december 2032."
    header = "Holmbæk Kommune – notat"
    m = [
        ("meta", "HOLMBÆK KOMMUNE · Teknik og Miljø"),
        ("title", "Notat"),
        ("meta", "Til: Natur og Miljø, v/ teamleder Søren Kragh · Fra: Direktør Lene Bech "
                 "Winther · Dato: 14. marts 2032 · Sagsnr.: 09.17.00-P15-2-32"),
        ("h2", "Bestilling: Handlingsplan for forebyggelse og bekæmpelse af rotter 2033–2035"),
        ("p", "Antallet af anmeldelser om rotter er steget fra 2 140 i 2029 til 2 960 i 2031, "
              "og vi får flere klager over rotter i kloakkerne i de gamle bydele. Efter "
              "rottebekendtgørelsen skal kommunalbestyrelsen hvert tredje år vedtage en "
              "handlingsplan, og den nuværende plan udløber ved årets udgang."),
        ("p", "Jeg vil derfor bede jer om at udarbejde et forslag til en ny handlingsplan. "
              f"Planen skal 1) {n['1']}, 2) {n['2']} og 3) {n['3']}."),
        ("p", f"Når det gælder kloakkerne, skal planen 4) {n['4']}, 5) {n['5']} og 6) {n['6']}. "
              "Forsyningen har lovet at stille data fra TV-inspektionerne til rådighed."),
        ("p", f"Endelig ønsker jeg, at planen 7) {n['7']}, 8) {n['8']} og 9) {n['9']}."),
        ("p", "Arbejdet kan trække på oplysningerne i Rottedatabasen og på erfaringerne fra "
              "nabokommunerne. " + s1 + " " + s2),
        ("p", "Kontakt mig gerne, hvis der er spørgsmål til bestillingen."),
        ("p", "Venlig hilsen"),
        ("p", "Lene Bech Winther, direktør for Teknik og Miljø"),
    ]
    build_pdf_l(m, d / "notat.pdf", word_lang="da", title="Bestilling: Handlingsplan for "
                "rottebekæmpelse 2033–2035", author="Holmbæk Kommune", header=header,
                lang="da-DK")
    p = [
        ("title", "Handlingsplan for forebyggelse og bekæmpelse af rotter 2033–2035"),
        ("meta", "Holmbæk Kommune · Natur og Miljø · Vedtaget af Kommunalbestyrelsen den 26. "
                 "november 2032"),
        ("h1", "1 Rotter i Holmbæk"),
        ("p", "I 2031 modtog kommunen 2 960 anmeldelser om rotter. 71 procent af dem drejede "
              "sig om rotter udendørs, resten om rotter inde i bygninger. Det er det højeste "
              "antal, siden anmeldelserne blev digitale."),
        ("table", ["Område", "Anmeldelser om kloakrotter 2031"],
         [["Gl. Holmbæk", "412"], ["Havnekvarteret", "298"], ["Nørre Vang", "121"],
          ["Øvrige byområder", "186"], ["Landdistrikterne", "43"]], [80, 60]),
        ("h1", "2 Målsætninger 2033–2035"),
        ("p", "Antallet af anmeldelser skal falde med 15 procent inden udgangen af 2035. "
              "Alle anmeldelser skal behandles inden for to arbejdsdage, og ingen kloakstrækning "
              "må have rotter i mere end et år."),
        ("h1", "3 Landbruget"),
        ("p", "Alle landbrugsejendomme får besøg af kommunens rottebekæmper én gang om "
              "året. Ejendomme med husdyr får to besøg."),
        ("h1", "4 Kloakkerne"),
        ("p", "Holmbæk Forsyning TV-inspicerer hvert år 25 kilometer kloak, og kommunen får "
              "besked, når der ses rotter eller brud på ledningerne."),
        ("p", "Rottespærrer, fælder og giftfri bekæmpelse er blandt de metoder, kommunen bruger "
              "mod rotterne."),
        ("h1", "5 Forebyggelse"),
        ("p", "Hvert forår kører kommunen en kampagne på hjemmesiden og i lokalavisen om, "
              "hvordan fuglefoder og kompost kan holdes utilgængeligt for rotter. Haveforeninger "
              "og grundejerforeninger får en folder."),
        ("h1", "6 Elektroniske fælder"),
        ("p", "I 2032 satte kommunen 40 elektroniske fælder op i kloakken i Gl. Holmbæk som "
              "forsøg. Forsøget evalueres i 2034."),
        ("h1", "7 Økonomi"),
        ("p", "Rottebekæmpelsen koster 4,6 mio. kr. om året, heraf 3,1 mio. kr. til løn og "
              "1,5 mio. kr. til materiel og bil."),
        ("h1", "8 Tilblivelse"),
        ("p", "Planen er udarbejdet i samarbejde med Holmbæk Forsyning og behandlet i Teknik- "
              "og Miljøudvalget den 4. november 2032."),
    ]
    build_rl_pdf(d / "plan.pdf", title="Handlingsplan for forebyggelse og bekæmpelse af rotter "
                 "2033–2035", author="Holmbæk Kommune", creator="Holmbæk Kommune – Natur og "
                 "Miljø", running="Holmbæk Kommune · Handlingsplan for rottebekæmpelse "
                 "2033–2035", blocks=p, page_word="Side")
    g = [
        P("1", n["1"], "content", "partial", ev="I 2031 modtog kommunen 2 960",
          missing=["fordeling på by og land for alle anmeldelser"],
          trap="a point enumerated inline in a running paragraph ('Planen skal 1) …, 2) … og "
          "3) …'; text without the number, the comma or the 'og'); the rule of the "
          "rottebekendtgørelse quoted in the first paragraph is none; the total is split "
          "indoors/outdoors, and only the sewer rats are split by area in the table"),
        P("2", n["2"], "content", "covered", ev="Antallet af anmeldelser skal falde",
          trap="answered under 'Målsætninger 2033–2035' (a noun for the verb 'fastsætte mål')"),
        P("3", n["3"], "content", "covered", ev="Alle landbrugsejendomme får besøg",
          trap="answered in other words: a yearly visit by the municipality's rat catcher is "
          "the statutory inspection"),
        P("4", n["4"], "content", "partial", ev="Holmbæk Forsyning TV-inspicerer hvert år",
          missing=["rottespærrer"],
          trap="the second paragraph's enumeration ('skal planen 4) …, 5) … og 6) …'); the "
          "inspections are answered, rat barriers only named in a list of methods"),
        P("5", n["5"], "content", "covered", ev="Område Anmeldelser om kloakrotter 2031",
          trap="answered only in the area table (the two old districts at the top)"),
        P("6", n["6"], "content", "uncovered",
          trap="shared words in a list: 'Rottespærrer, fælder og giftfri bekæmpelse er blandt "
          "de metoder, kommunen bruger'; no requirement for new buildings is assessed; the "
          "sentence after the point (the utility's data) is none"),
        P("7", n["7"], "content", "covered", ev="Hvert forår kører kommunen en kampagne",
          trap="the third paragraph's enumeration, verbs in the present ('Endelig ønsker jeg, "
          "at planen 7) beskriver …'); answered under 'Forebyggelse'"),
        P("8", n["8"], "content", "partial", ev="I 2032 satte kommunen 40 elektroniske",
          missing=["vurdering af de giftfri metoder"],
          trap="a trial with electronic traps is told; the assessment is deferred ('evalueres "
          "i 2034')"),
        P("9", n["9"], "content", "partial", ev="Rottebekæmpelsen koster 4,6 mio. kr.",
          missing=["rottebidraget"],
          trap="an amount for the budget; how it is financed (the rat levy) is not said"),
        P("S1", s1, "process", "uncovered",
          trap="a requirement in the prose after the enumerations, after a sentence that is "
          "none ('Arbejdet kan trække på …'); the plan was 'udarbejdet i samarbejde med' the "
          "utility, which is no hearing, and the farmers' association is not named"),
        P("S2", s2, "process", "covered", ev="Holmbæk Kommune · Natur og Miljø · Vedtaget",
          trap="answered only in the meta line (adopted 26 November 2032)"),
    ]
    return dict(language="da", mandate="notat.pdf", plan="plan.pdf", header=header,
                producer="bestilling as a notat PDF (Word export, da-DK, 'Side n af m'): "
                "Til/Fra/Dato line, nine points enumerated inline '1) …, 2) … og 3) …' in three "
                "running paragraphs, the rottebekendtgørelse's 'skal' in the background, two "
                "requirements in prose; plan laid out with reportlab ('Side n', running line) "
                "with an area table", points=g)


# =========================================================================== 4 nartrafik (sv)


@pair
def nartrafik(d: Path) -> dict:
    rows = [
        ("1 Nuläge", "Beskrivning av dagens kollektivtrafik och färdtjänst på landsbygden, med "
                     "antal resor per linje", "31 mars 2033", "deliverable"),
        ("", "Kartläggning av vilka byar som saknar trafik på kvällar och helger",
         "31 mars 2033", "deliverable"),
        ("2 Behov", "Analys av resebehoven för äldre, unga utan körkort och arbetspendlare",
         "30 april 2033", "deliverable"),
        ("", "Enkät till hushållen i byarna norr om Rydsjön", "30 april 2033", "process"),
        ("3 Förslag", "Förslag till trafikupplägg med zoner, bokningsregler och trafikdagar",
         "15 juni 2033", "deliverable"),
        ("", "Bedömning av hur närtrafiken kan samordnas med färdtjänst och sjukresor",
         "15 juni 2033", "deliverable"),
        ("", "Kostnadsberäkning för kommunen och Region Västmarken för de tre första åren",
         "15 juni 2033", "deliverable"),
        ("4 Förankring", "Samråd med byalagen och kommunala pensionärsrådet", "31 augusti 2033",
         "process"),
        ("", "Överenskommelse med Region Västmarken om finansieringen", "30 september 2033",
         "process"),
        ("5 Beslut", "Slutrapport till kommunstyrelsen", "31 oktober 2033", "process"),
    ]
    s1 = ("Utredaren ska under arbetet stämma av förslagen med Västmarkens Trafik, som "
          "upphandlar trafiken.")
    header = "Rydsjö kommun – direktiv närtrafik"
    m = [
        ("meta", "RYDSJÖ KOMMUN · Kommunstyrelsen"),
        ("title", "Direktiv för utredning om anropsstyrd närtrafik på landsbygden"),
        ("meta", "Beslutat av kommunstyrelsens arbetsutskott 2032-12-06, § 214 · Dnr KS "
                 "2032/611"),
        ("h1", "Bakgrund"),
        ("p", "I dag går det bara skolskjutsar och två regionbusslinjer i de norra delarna av "
              "kommunen. Många äldre har slutat köra bil, och unga i byarna kan inte ta sig "
              "till fritidsaktiviteter i Rydsjö tätort på kvällarna. Flera kommuner i länet "
              "har infört närtrafik som körs med taxi efter beställning."),
        ("h1", "Syfte"),
        ("p", "Utredningen ska ge kommunstyrelsen underlag för att besluta om närtrafik från "
              "och med 2034."),
        ("h1", "Uppdrag och tidplan"),
        ("p", "Uppdraget delas in i fem delmoment. Varje leverans lämnas till arbetsutskottet "
              "senast det datum som anges."),
        ("table", ["Delmoment", "Leverans", "Klart"], [[a, b, c] for a, b, c, _ in rows],
         [30, 98, 35]),
        ("h1", "Avgränsning"),
        ("p", "Skolskjutsarna ingår inte i utredningen. Inte heller stadstrafiken i Rydsjö "
              "tätort ska utredas."),
        ("h1", "Organisation"),
        ("p", "Utredningen leds av trafikstrateg Johan Lindqvist på samhällsbyggnadsförvaltningen. "
              + s1 + " Arbetet ryms inom förvaltningens budget."),
    ]
    build_pdf_l(m, d / "direktiv.pdf", word_lang="sv", title="Direktiv för utredning om "
                "anropsstyrd närtrafik", author="Rydsjö kommun", header=header, lang="sv-SE")
    p = [
        ("meta", "Publicerad 24 oktober 2033 · Samhällsbyggnadsförvaltningen · Slutrapport "
                 "till kommunstyrelsen"),
        ("h2", "Sammanfattning"),
        ("p", "Vi föreslår att Rydsjö kommun inför närtrafik i tre zoner norr om Rydsjön från "
              "januari 2034. Resan beställs senast kvällen före och kostar som en vanlig "
              "bussbiljett."),
        ("h2", "Så reser man i dag"),
        ("p", "Nulägesbeskrivningen redovisades för arbetsutskottet den 28 mars 2033. "
              "Färdtjänsten gjorde 3 900 resor på landsbygden 2032."),
        ("table", ["Linje", "Sträcka", "Turer per vecka", "Resor 2032"],
         [["410", "Rydsjö–Norrberga", "30", "14 200"], ["412", "Rydsjö–Kvarntorp", "20",
                                                        "6 900"],
          ["Skolskjuts", "Östansjö–Rydsjö skola", "10", "–"]]),
        ("p", "Norrberga, Östansjö och Kvarntorp har ingen busstrafik efter klockan 18."),
        ("h2", "Vilka behöver resa?"),
        ("p", "Tre grupper har störst behov: pensionärer som inte längre kör bil, ungdomar under "
              "18 år som vill till träningar och föreningsliv på kvällen, och de som pendlar "
              "till jobbet i Rydsjö och Falkvik utan egen bil."),
        ("p", "Enkäten besvarades av 412 hushåll i maj 2033."),
        ("h2", "Förslag"),
        ("p", "Området delas i tre zoner: Norrberga, Östansjö och Kvarntorp. Resor beställs "
              "via app eller telefon senast klockan 20 dagen före. Bilen hämtar vid "
              "bostaden och kör till närmaste hållplats eller till Rydsjö tätort."),
        ("fig", "Karta 1. Föreslagna zoner för närtrafik norr om Rydsjön."),
        ("p", "Färdtjänst, sjukresor och skolskjuts körs i dag av tre olika bolag."),
        ("h2", "Kostnader"),
        ("p", "Kommunens nettokostnad beräknas till 1,9 miljoner kronor per år de tre första "
              "åren, efter biljettintäkter."),
        ("h2", "Samråd"),
        ("p", "Förslaget presenterades för byalagen på ett möte i Östansjö bygdegård den 22 "
              "augusti 2033 och för kommunala pensionärsrådet den 29 augusti 2033."),
        ("p", "Tidtabellerna har hämtats från Västmarkens Trafiks webbplats."),
        ("h2", "Fortsatt arbete"),
        ("p", "Finansieringen ska förhandlas med Region Västmarken efter att kommunstyrelsen "
              "har fattat beslut."),
    ]
    web_pdf(d / "plan.pdf", title="Närtrafik på landsbygden – slutrapport",
            nav="Rydsjö kommun › Trafik och resor › Kollektivtrafik › Närtrafik",
            foot="Rydsjö kommun · Samhällsbyggnadsförvaltningen · Storgatan 12, Rydsjö · "
                 "Sidan uppdaterades 24 oktober 2033", blocks=p, lang="sv-SE",
            accent="#2e5d4b")
    t = [f"{b}: {c}" for _, b, c, _ in rows]
    k = [x[3] for x in rows]
    g = [
        P("1", t[0], k[0], "covered", ev="Nulägesbeskrivningen redovisades för",
          trap="a row of the table `Delmoment | Leverans | Klart`, numbered by position "
          "(1–10); text 'Leverans: Klart' (the date is part of the point, the Delmoment cell "
          "is a phase label and no part of it); answered in other words with the line table "
          "and the färdtjänst trips, and the date is met (28 March)"),
        P("2", t[1], k[1], "partial", ev="Norrberga, Östansjö och Kvarntorp har",
          missing=["helger"],
          trap="a row whose Delmoment cell is empty (it goes on with '1 Nuläge'); evenings are "
          "answered, weekends are not; no date is given for this part"),
        P("3", t[2], k[2], "covered", ev="Tre grupper har störst behov",
          trap="answered in other words: 'pensionärer som inte längre kör bil', 'ungdomar "
          "under 18 år', 'de som pendlar … utan egen bil'"),
        P("4", t[3], k[3], "partial", ev="Enkäten besvarades av 412 hushåll",
          missing=["klar senast 30 april 2033"],
          trap="the survey was answered in May 2033, after the Klart date"),
        P("5", t[4], k[4], "partial", ev="Området delas i tre zoner",
          missing=["trafikdagar"],
          trap="zones and booking rules are answered (with a map caption); the days of "
          "operation are not"),
        P("6", t[5], k[5], "uncovered",
          trap="shared words: 'Färdtjänst, sjukresor och skolskjuts körs i dag av tre olika "
          "bolag' names the services without assessing coordination; skolskjuts is in "
          "'Avgränsning' anyway (no point)"),
        P("7", t[6], k[6], "partial", ev="Kommunens nettokostnad beräknas till",
          missing=["kostnaden för Region Västmarken"],
          trap="an amount for the municipality only"),
        P("8", t[7], k[7], "covered", ev="Förslaget presenterades för byalagen",
          trap="answered under 'Samråd', both meetings before 31 August"),
        P("9", t[8], k[8], "uncovered",
          trap="deferred: the financing 'ska förhandlas … efter att kommunstyrelsen har "
          "fattat beslut'"),
        P("10", t[9], k[9], "covered", ev="Publicerad 24 oktober 2033",
          trap="answered only in the meta line of the web page (final report to the "
          "kommunstyrelse, 24 October)"),
        P("S1", s1, "process", "uncovered",
          trap="a requirement in the prose of 'Organisation' between 'Utredningen leds av …' "
          "and the budget sentence (both none); shared words: timetables fetched from "
          "Västmarkens Trafik's web site is no consultation; the 'ska' sentences of 'Syfte' "
          "and 'Avgränsning' are none"),
    ]
    return dict(language="sv", mandate="direktiv.pdf", plan="plan.pdf", header=header,
                producer="direktiv PDF (Word export, sv-SE, 'Sida n av m'): Bakgrund / Syfte, a "
                "table `Delmoment | Leverans | Klart` with ten rows whose Delmoment cell is empty "
                "where a phase goes on, Avgränsning, a requirement in 'Organisation'; plan the "
                "municipality's web page printed with Chromium (meta line, a line table, a map "
                "caption)", points=g)


# =========================================================================== 5 taxi (en)


@pair
def taxi(d: Path) -> dict:
    scope = [
        "age and emission standards for licensed vehicles, including a timetable for the move "
        "to zero-emission vehicles",
        "the number of wheelchair-accessible vehicles and how it can be increased",
        "the fit and proper test for drivers, including criminal record checks and "
        "safeguarding training",
        "knowledge and English language tests for new drivers",
        "licence fees and how they are set",
        "CCTV in licensed vehicles",
        "enforcement, including joint operations with neighbouring councils and the police",
    ]
    out = [
        "the table of fares, which is reviewed separately every January",
        "the number of hackney carriage licences (there has been no limit since 2019)",
        "national legislation on ride-hailing apps",
    ]
    deliv = [
        "A draft Hackney Carriage and Private Hire Licensing Policy for 2034–2039.",
        "An equality impact assessment of the draft policy.",
        "A summary of the consultation responses and how each has been taken into account.",
        "An implementation action plan with dates.",
    ]
    s1 = ("The draft policy must go out to public consultation for at least eight weeks, and "
          "the trade associations and local disability groups must be consulted directly.")
    s2 = "The final policy must be presented to the Licensing Committee no later than March 2034."
    header = "Dunmere District Council – Terms of Reference"
    m = [
        ("meta", "DUNMERE DISTRICT COUNCIL · Licensing Service"),
        ("title", "Terms of Reference: Review of the Hackney Carriage and Private Hire "
                  "Licensing Policy"),
        ("meta", "Version 1.2 · Agreed by the Licensing Committee on 11 January 2033 · Owner: "
                 "Licensing Manager"),
        ("h1", "1. Background"),
        ("p", "The Council licenses 412 vehicles and 530 drivers. The current policy dates from "
              "2018 and predates the statutory taxi and private hire vehicle standards issued "
              "by the Department for Transport in 2020."),
        ("h1", "2. Purpose"),
        ("p", "To review the policy and bring a new policy before members that protects "
              "passengers and supports a sustainable trade."),
        ("h1", "3. Scope"),
        ("h2", "In scope"),
        ("p", "The review will cover:"),
        ("bullets", scope),
        ("h2", "Out of scope"),
        ("bullets", out),
        ("h1", "4. Deliverables"),
        ("num", deliv),
        ("h1", "5. Governance"),
        ("p", "The review is led by the Licensing Manager, Sarah Okafor, who reports to the "
              "Licensing Committee. Cllr Peter Vance is the member champion. " + s1),
        ("p", s2 + " Officer time will be met from the licensing fee account."),
    ]
    build_pdf_l(m, d / "terms-of-reference.pdf", word_lang="en", title="Terms of Reference: "
                "Review of the Taxi Licensing Policy", author="Dunmere District Council",
                header=header, lang="en-GB")
    p = [
        ("title", "Hackney Carriage and Private Hire Licensing Policy 2034–2039"),
        ("meta", "Dunmere District Council · Approved by the Licensing Committee on 19 March "
                 "2034 · Available in English and Polish"),
        ("h1", "1. Introduction"),
        ("p", "This policy sets out how Dunmere District Council licenses hackney carriages, "
              "private hire vehicles, their drivers and operators from 1 April 2034."),
        ("p", "The draft was consulted on for ten weeks from 2 October to 11 December 2033. We "
              "met the Dunmere Hackney Association and the private hire operators twice."),
        ("h1", "2. Vehicles"),
        ("p", "Vehicles must be under five years old when first licensed and will not be "
              "relicensed after twelve years. All vehicles must meet the Euro 6 standard."),
        ("p", "38 of the 412 licensed vehicles are wheelchair accessible."),
        ("h1", "3. Drivers"),
        ("p", "Every driver must hold an enhanced criminal record check with barred lists, "
              "subscribe to the Update Service so that the Council can check it every six "
              "months, and complete approved training on child sexual exploitation before the "
              "first licence is issued."),
        ("h1", "4. Cameras in vehicles"),
        ("p", "From 1 April 2035 every licensed vehicle must have a camera system that records "
              "images inside the vehicle while it is in use. Recordings may only be viewed by "
              "the Council or the police."),
        ("h1", "5. Fees and fares"),
        ("p", "Licence fees are published on the Council's website. The table of fares is "
              "reviewed each January in consultation with the trade."),
        ("h1", "6. Compliance"),
        ("p", "Licensing officers carry out joint evening operations with Harrowfield and "
              "Kestle councils at least four times a year."),
        ("h1", "7. Equality"),
        ("p", "An equality impact assessment will be carried out before the policy comes into "
              "force."),
        ("break",),
        ("h1", "Appendix A. Consultation responses"),
        ("table", ["Respondent", "Main points", "Council response"],
         [["Dunmere Hackney Association", "Five-year age limit too strict", "Kept for first "
           "licensing; relicensing limit raised to twelve years"],
          ["Private hire operators (4)", "Cost of cameras", "Cameras phased in to April 2035"],
          ["Members of the public (63)", "Safety of lone passengers at night",
           "Cameras and six-monthly record checks"]], [45, 55, 65]),
        ("h1", "Appendix B. Action plan"),
        ("table", ["Action", "Lead"],
         [["Publish the new policy and conditions", "Licensing Manager"],
          ["Write to all licence holders", "Licensing Team"],
          ["Check camera installations", "Licensing Enforcement Officers"]], [110, 55]),
    ]
    build_pdf_l(p, d / "plan.pdf", word_lang="en", title="Hackney Carriage and Private Hire "
                "Licensing Policy 2034–2039", author="Dunmere District Council",
                header="Dunmere District Council – Taxi Licensing Policy 2034–2039", lang="en-GB")
    g = [
        P("1", scope[0], "content", "partial", ev="Vehicles must be under five years old",
          missing=["a timetable for the move to zero-emission vehicles"],
          trap="a Word bullet under 'In scope' after 'The review will cover:' (noun phrases, "
          "numbered by position 1–7); the three bullets under 'Out of scope' are none; age "
          "limits and Euro 6 are set, no zero-emission timetable"),
        P("2", scope[1], "content", "partial", ev="38 of the 412 licensed vehicles",
          missing=["how the number can be increased"],
          trap="the number is given, nothing on how to raise it"),
        P("3", scope[2], "content", "covered", ev="Every driver must hold an enhanced criminal",
          trap="answered in other words: 'enhanced criminal record check with barred lists', "
          "the Update Service and training on child sexual exploitation (a member of the "
          "class 'safeguarding training'); the words 'fit and proper' are not used"),
        P("4", scope[3], "content", "uncovered",
          trap="shared words: the meta line says the policy is 'Available in English and "
          "Polish'; nothing on knowledge or language tests"),
        P("5", scope[4], "content", "uncovered",
          trap="'Licence fees are published on the Council's website' says where, not how they "
          "are set; the fares sentence after it answers an out-of-scope bullet (no point)"),
        P("6", scope[5], "content", "covered", ev="From 1 April 2035 every licensed vehicle",
          trap="answered in other words under 'Cameras in vehicles' ('camera system that "
          "records images'); the word CCTV is not used"),
        P("7", scope[6], "content", "partial", ev="Licensing officers carry out joint evening",
          missing=["joint operations with the police"],
          trap="answered under 'Compliance' (another word for enforcement) for the "
          "neighbouring councils only"),
        P("D1", deliv[0].rstrip("."), "deliverable", "covered",
          ev="This policy sets out how Dunmere",
          trap="a deliverable of the Word-numbered list '1.' … '4.' under 'Deliverables' "
          "(numbered D1–D4: the printed number with a D, since the In-scope bullets are 1–7); "
          "the plan is the policy itself"),
        P("D2", deliv[1].rstrip("."), "deliverable", "uncovered",
          trap="deferred: the assessment 'will be carried out before the policy comes into "
          "force'"),
        P("D3", deliv[2].rstrip("."), "deliverable", "covered",
          ev="Respondent Main points Council response",
          trap="answered only in 'Appendix A. Consultation responses' on its own page (a "
          "'Council response' column)"),
        P("D4", deliv[3].rstrip("."), "deliverable", "partial",
          ev="Action Lead", missing=["dates"],
          trap="'Appendix B. Action plan' has actions and leads but no dates"),
        P("S1", s1, "process", "partial", ev="The draft was consulted on for ten weeks",
          missing=["direct consultation with local disability groups"],
          trap="a requirement in the prose of 'Governance' after two sentences that are none "
          "('The review is led by …', 'member champion'); ten weeks meets 'at least eight'; "
          "the trade was met, disability groups are not named"),
        P("S2", s2, "process", "covered", ev="Dunmere District Council · Approved by",
          trap="answered only in the meta line (approved by the Licensing Committee on 19 "
          "March 2034); 'Officer time will be met …' after it is none"),
    ]
    return dict(language="en", mandate="terms-of-reference.pdf", plan="plan.pdf", header=header,
                producer="terms of reference PDF (Word export, en-GB, 'Page n of m'): 'In scope' "
                "Word bullets after 'The review will cover:', 'Out of scope' bullets, Word-"
                "numbered 'Deliverables', two requirements in 'Governance'; plan PDF (Word "
                "export) with short chapters and two appendix tables after a page break",
                points=g)


# =========================================================================== main


def main(argv: list[str]) -> None:
    for name in argv or list(PAIRS):
        d = HERE / name
        d.mkdir(exist_ok=True)
        info = PAIRS[name](d)
        drop = ((info["header"],) if info.get("header") else ()) + tuple(info.get("drop", ()))
        check_points_in_mandate(d, info["mandate"], info["points"], drop)
        pages = rendered_pages(d / info["plan"])
        header = (
            f"# Blind gold for the {name} pair ({info['language']}): rebuilt by "
            "corpora/mandates-blind19/make_pairs.py.\n"
            f"# Producer: {info['producer']}.\n"
            "# status: covered | partial | uncovered; kind: content | deliverable | process;\n"
            "# missing: what the plan leaves out (planner's words); evidence: page of the\n"
            "# answering passage and its opening words; S-numbers: requirements in prose;\n"
            "# D-numbers: numbered deliverables of a terms of reference.\n"
        )
        write_gold(d / "coverage.gold.yaml", header=header, plan=info["plan"],
                   mandate=info["mandate"], language=info["language"], points=info["points"],
                   pages=pages)
        n = {s: sum(p["status"] == s for p in info["points"])
             for s in ("covered", "partial", "uncovered")}
        print(f"{name}: {len(info['points'])} points {n} plan pages {len(pages)}")


if __name__ == "__main__":
    main(sys.argv[1:])
