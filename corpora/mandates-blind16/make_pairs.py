"""Build the sixteenth blind batch of mandate/plan pairs under corpora/mandates-blind16/ and their gold.

Written on 2026-12-03 without reading plancheck's code, from how mandates are really delivered:
a bokmål særutskrift of the kommunestyre's budget vedtak (Word to PDF) whose numbered vedtak
points are followed by numbered "Verbalforslag", one of which asks for a plan ("Planen skal:"
with sub-points typed "a)⇥" … "k)⇥") while the others concern other things; a nynorsk
planprogram (Word to PDF) whose "Utgreiingsbehov" is a table `Tema | Problemstilling | Korleis
det skal utgreiast`; a Danish bestilling as a printed e-mail (Chromium print of a webmail
message: Fra/Sendt/Til/Emne, the direktør's points as a list, and below "-----Oprindelig
meddelelse-----" an older mail with older points that the new one replaces); a Swedish "Mål och
budget" (Word to PDF) with a table of uppdrag `Nr | Uppdrag | Ansvarig nämnd` to many nämnder;
and an English project initiation document (Word to PDF) with Objectives, Deliverables, Success
criteria and Assumptions/Constraints (no points).

    python corpora/mandates-blind16/make_pairs.py                  # all pairs
    python corpora/mandates-blind16/make_pairs.py svommehal       # some pairs

Imports the fifteenth batch's builder (corpora/mandates-blind15/make_pairs.py) and through it
the earlier ones (P, web_pdf, build_odfpy, build_rl_pdf, build_pdf_l, build_docx_l, themed,
pdf_pages, the construction check), the gold writer of corpora/mandates-blind/_build.py and
corpora/scripts/blindkit.py (Chromium print). Everything is pinned, so a rebuild gives the same
files.
"""

from __future__ import annotations

import html as _h
import importlib.util
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "mandates-blind"))
sys.path.insert(0, str(HERE.parent / "scripts"))

import blindkit as bk  # noqa: E402
from _build import rendered_pages, write_gold  # noqa: E402


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_b15 = _load("mandates_blind15_make_pairs", HERE.parent / "mandates-blind15" / "make_pairs.py")
P, web_pdf, build_odfpy, build_rl_pdf, build_pdf_l = (_b15.P, _b15.web_pdf, _b15.build_odfpy,
                                                      _b15.build_rl_pdf, _b15.build_pdf_l)
themed, pdf_pages, check_points_in_mandate = (_b15.themed, _b15.pdf_pages,
                                              _b15.check_points_in_mandate)
build_docx_l = _b15.build_docx_l

PAIRS: dict[str, Callable[[Path], dict]] = {}


def pair(fn):
    PAIRS[fn.__name__.replace("_", "-")] = fn
    return fn


# =========================================================================== 1 friidrett (nb)


@pair
def friidrett(d: Path) -> dict:
    subs = [
        ("a)", "gi en oversikt over dagens anlegg og tilstanden til rundbanen på Fjellvang stadion"),
        ("b)", "vurdere rehabilitering av rundbanen med nytt kunststoffdekke, med kostnadsoverslag"),
        ("c)", "vurdere anlegg for kast og hopp ved skolene"),
        ("d)", "foreslå belyste løpetraseer i nærmiljøet, også i Nordli og Skogsbygda"),
        ("e)", "beskrive hvordan anleggene kan brukes av skolene i kroppsøvingsfaget"),
        ("f)", "avklare driftsansvaret mellom kommunen og Fjellvang IL"),
        ("g)", "vurdere muligheten for spillemidler og annen ekstern finansiering"),
        ("h)", "ta hensyn til universell utforming"),
        ("i)", "beskrive behovet for garderober og lager"),
        ("j)", "vurdere tiltak for å rekruttere flere jenter til friidretten"),
        ("k)", "prioritere tiltakene i et handlingsprogram med årstall"),
    ]
    s1 = "Planen legges fram for kommunestyret senest i juni 2032."
    vedtak = [
        "Driftsbudsjettet for 2031 vedtas med netto driftsrammer per tjenesteområde som vist i "
        "tabell 2 i kommunedirektørens forslag, med de endringene som følger av punkt 2.",
        "Rammen til kultur og fritid økes med 450 000 kroner til drift av Fjellvanghallen. "
        "Økningen dekkes ved redusert avsetning til disposisjonsfond.",
        "Investeringsbudsjettet for 2031 og økonomiplanen for 2031–2034 vedtas som vist i "
        "tabell 5, med låneopptak på inntil 61,4 millioner kroner.",
        "Eiendomsskatten på bolig og fritidsbolig settes til 2,4 promille.",
        "Gebyrer og betalingssatser for 2031 vedtas som vist i vedlegg 3.",
    ]
    verbal_before = [
        "Kommunestyret ber kommunedirektøren legge fram en sak om gratis leie av idrettshaller "
        "for lag med barn og unge under 19 år.",
        "Kommunestyret ber om en orientering om sykefraværet i helse og omsorg innen "
        "utgangen av mars 2031.",
        "Kommunestyret ber kommunedirektøren utrede en kunstgressbane ved Nordli skole, med "
        "kostnader, til økonomiplanen 2032–2035.",
    ]
    verbal_after = [
        "Kommunestyret ber kommunedirektøren vurdere å samle vaktmestertjenestene i skolene og "
        "barnehagene i én enhet.",
        "Kommunestyret ber kommunedirektøren gi Fjellvang IL svar på søknaden om lysanlegg på "
        "stadion innen 1. mars 2031.",
    ]
    head = ("Kommunestyret ber kommunedirektøren utarbeide en plan for friidrettsanlegg og "
            "løpetraseer i Fjellvang. Planen skal:")
    header = "Fjellvang kommune – særutskrift"
    m = [
        ("meta", "FJELLVANG KOMMUNE"),
        ("title", "Særutskrift"),
        ("table", ["Utvalg", "Møtedato", "Saksnr."],
         [["Formannskapet", "26.11.2030", "088/30"], ["Kommunestyret", "12.12.2030", "104/30"]],
         [70, 45, 45]),
        ("meta", "Arkivsak: 30/1420 · Saksbehandler: Hanne Lie Aune, økonomisjef"),
        ("h1", "Budsjett 2031 og økonomiplan 2031–2034"),
        ("p", "**Behandling i Kommunestyret 12.12.2030:**"),
        ("p", "Ordføreren la fram et fellesforslag fra Arbeiderpartiet, Senterpartiet og "
              "Sosialistisk Venstreparti til budsjett med verbalforslag. Fellesforslaget ble "
              "vedtatt med 17 mot 10 stemmer. Høyres alternative budsjett fikk 10 stemmer."),
        ("p", "**KST-104/30 Vedtak:**"),
    ] + [("typed", f"{i}.", x, "\t", 8) for i, x in enumerate(vedtak, 1)] + [
        ("p", "**Verbalforslag:**"),
    ] + [("typed", f"{i}.", x, "\t", 8) for i, x in enumerate(verbal_before, 1)] + [
        ("typed", "4.", head, "\t", 8),
    ] + [("typed", mk, x, "\t", 7, 8) for mk, x in subs] + [
        ("typed", "", s1, "", 0, 8),
    ] + [("typed", f"{i}.", x, "\t", 8) for i, x in enumerate(verbal_after, 5)] + [
        ("p", "Rett utskrift bekreftes."),
        ("p", "Fjellvang, 14.12.2030"),
        ("p", "Sissel Haugan, politisk sekretariat"),
    ]
    build_pdf_l(m, d / "saerutskrift.pdf", word_lang="nb", title="Særutskrift – budsjett 2031",
                author="Fjellvang kommune", header=header)
    pages = pdf_pages(d / "saerutskrift.pdf")
    if not (subs[7][1] in " ".join(pages[0].split()) and subs[8][1] in pages[1]
            and "Verbalforslag" not in pages[1]):
        raise SystemExit("friidrett: the sub-list of verbalforslag 4 does not break over the page")
    p = [
        ("title", "Plan for friidrettsanlegg og løpetraseer 2032–2040"),
        ("meta", "Fjellvang kommune · Kultur og fritid · Høringsutkast mars 2032"),
        ("h1", "1 Bakgrunn"),
        ("p", "Kommunestyret ba i budsjettvedtaket for 2031 om en plan for friidrettsanlegg og "
              "løpetraseer. Planen legges fram for kommunestyret i juni 2032, etter at den har "
              "vært på høring."),
        ("p", "Fjellvang IL har 140 medlemmer i friidrettsgruppa, og 60 av dem er jenter."),
        ("h1", "2 Anleggene vi har"),
        ("table", ["Anlegg", "Sted", "Bygd"],
         [["Rundbane, 400 m, seks baner", "Fjellvang stadion", "1989"],
          ["Lengdegrop", "Fjellvang skole", "2004"],
          ["Lysløype, 2,5 km", "Åsmyra", "1996"]], [70, 50, 25]),
        ("p", "Garderobene i Fjellvanghallen brukes i dag av dem som trener på stadion."),
        ("h1", "3 Nytt dekke på stadion"),
        ("p", "Dekket på rundbanen skiftes ut med nytt kunstdekke og banen får nye kantlister. "
              "Arbeidet er anslått til 9,8 millioner kroner inkludert merverdiavgift."),
        ("p", "Rehabiliteringen kan få spillemidler med inntil en tredel av godkjent kostnad."),
        ("h1", "4 Hopp ved skolene"),
        ("p", "Nordli skole og Skogsbygda skole får hver sin lengdegrop med tilløpsbane i 2034."),
        ("h1", "5 Lys i nærmiljøet"),
        ("p", "En lysløype på 1,8 km rundt Nordlivatnet bygges i 2035, slik at de som bor i Nordli "
              "kan løpe trygt i mørketida."),
        ("h1", "6 Skolene på stadion"),
        ("p", "Ungdomsskolen og de to barneskolene i sentrum bruker stadion i gymtimene fra april "
              "til oktober. Skolene får faste timer før klokka 14, og idrettslaget har banen "
              "etter klokka 16."),
        ("h1", "7 Lover og planer"),
        ("p", "Planen bygger på kommuneplanens samfunnsdel, Plan for idrett og fysisk aktivitet "
              "2029–2032 og Plan for universell utforming 2028–2031."),
        ("break",),
        ("h1", "Vedlegg 1 Hvem gjør hva"),
        ("table", ["Oppgave", "Kommunen", "Fjellvang IL"],
         [["Vedlikehold av dekke og kantlister", "X", ""],
          ["Brøyting og strøing av løpetraseene", "X", ""],
          ["Oppmerking og utstyr til stevner", "", "X"],
          ["Tilsyn med lengdegropene", "", "X"]], [80, 30, 30]),
        ("h1", "Vedlegg 2 Handlingsprogram"),
        ("table", ["Tiltak", "År", "Kostnad"],
         [["Nytt dekke på rundbanen", "2033", "9,8 mill. kr"],
          ["Lengdegroper ved Nordli og Skogsbygda skole", "2034", "0,6 mill. kr"],
          ["Lysløype rundt Nordlivatnet", "2035", "3,1 mill. kr"]], [80, 25, 35]),
    ]
    build_docx_l(p, d / "plan.docx", word_lang="nb", title="Plan for friidrettsanlegg og "
                 "løpetraseer 2032–2040", author="Fjellvang kommune",
                 header="Fjellvang kommune – plan for friidrettsanlegg")
    t = {mk.rstrip(")"): x for mk, x in subs}
    g = [
        P("a", t["a"], "deliverable", "partial", ev="Anlegg Sted Bygd",
          missing=["tilstanden til rundbanen"],
          trap="a sub-point typed 'a)⇥' under verbalforslag 4 of a budget vedtak: the five "
          "vedtak points 1–5 and the other verbalforslag (1–3, 5–6) are no points of this "
          "mandate; the table lists the facilities and the year they were built, not their "
          "condition"),
        P("b", t["b"], "content", "covered", ev="Dekket på rundbanen skiftes ut",
          trap="answered in other words under the heading 'Nytt dekke på stadion' ('kunstdekke', "
          "an amount 'anslått til 9,8 millioner kroner' for the cost estimate)"),
        P("c", t["c"], "content", "partial", ev="Nordli skole og Skogsbygda skole får",
          missing=["anlegg for kast"],
          trap="long jump pits at two schools (a member of the class for 'hopp'); nothing on "
          "throwing"),
        P("d", t["d"], "content", "partial", ev="En lysløype på 1,8 km",
          missing=["løpetrasé med lys i Skogsbygda"],
          trap="a lit track in Nordli only; Skogsbygda is named elsewhere (for long jump) but "
          "gets no track"),
        P("e", t["e"], "content", "covered", ev="Ungdomsskolen og de to barneskolene",
          trap="answered in other words ('gymtimene' for kroppsøvingsfaget, fixed hours)"),
        P("f", t["f"], "content", "covered", ev="Oppgave Kommunen Fjellvang IL",
          trap="answered only in an appendix table of tasks with a cross for who does what"),
        P("g", t["g"], "content", "partial", ev="Rehabiliteringen kan få spillemidler",
          missing=["annen ekstern finansiering enn spillemidler"],
          trap="spillemidler for the track; no other external funding is considered"),
        P("h", t["h"], "content", "uncovered",
          trap="shared words: 'Plan for universell utforming 2028–2031' is only named in the "
          "list of plans the plan builds on; nothing is said of accessibility of the "
          "facilities"),
        P("i", t["i"], "content", "uncovered",
          trap="shared words: 'Garderobene i Fjellvanghallen brukes i dag …' is a fact; no need "
          "for changing rooms or storage is described"),
        P("j", t["j"], "content", "uncovered",
          trap="shared words: '60 av dem er jenter' is a fact in the background; no measure to "
          "recruit girls"),
        P("k", t["k"], "deliverable", "covered", ev="Tiltak År Kostnad",
          trap="answered only in the appendix 'Handlingsprogram' (a year per measure)"),
        P("S1", s1, "process", "covered", ev="Kommunestyret ba i budsjettvedtaket",
          trap="a sentence after the sub-list, inside verbalforslag 4 (no marker); answered in "
          "the background ('legges fram for kommunestyret i juni 2032')"),
    ]
    return dict(language="nb", mandate="saerutskrift.pdf", plan="plan.docx", header=header,
                producer="særutskrift PDF (Word export): a Utvalg/Møtedato/Saksnr. table, "
                "'Behandling', the budget vedtak typed '1.⇥' … '5.⇥' and 'Verbalforslag' typed "
                "'1.⇥' … '6.⇥', of which number 4 asks for the plan with sub-points 'a)⇥' … "
                "'k)⇥' and a closing sentence; plan .docx (kept) with a facility table and two "
                "appendix tables on their own page", points=g)


# =========================================================================== 2 strandpromenade (nn)


@pair
def strandpromenade(d: Path) -> dict:
    rows = [
        ("Landskap og byform", "Korleis vil ny busetnad langs sjøen påverke utsynet frå "
         "sentrum mot fjorden?", "Fotomontasjar frå fem ståstader og 3D-modell"),
        ("Kulturminne", "Korleis kan sjøbuene og den gamle kaimuren takast vare på?",
         "Registrering i samarbeid med fylkeskommunen"),
        ("Naturmangfald", "Finst det ålegras eller andre verdifulle naturtypar i strandsona som "
         "blir råka?", "Kartlegging med dykkar og Naturbase"),
        ("Flaum og havnivåstiging", "Kva høgd må promenaden og ny busetnad liggje på for å tole "
         "stormflo fram mot år 2100?", "Berekning etter DSB sin rettleiar"),
        ("Trafikk og parkering", "Korleis blir trafikken i Strandgata når talet på "
         "parkeringsplassar går ned?", "Trafikkteljing og vurdering av ÅDT"),
        ("Støy", "Kor mykje støy frå ferjekaia får dei nye bustadene?",
         "Støyberekning etter T-1442"),
        ("Barn og unge", "Kva område nyttar born og unge i dag, og korleis blir dei råka av "
         "planen?", "Barnetråkkregistrering med 5. og 8. trinn"),
        ("Friluftsliv", "Korleis sikrar planen at ålmenta kan ferdast langs heile strandsona?",
         "Synfaring og kart over dagens stiar"),
        ("Handel og næringsliv", "Korleis vil planen påverke butikkane i Storgata?",
         "Handelsanalyse"),
        ("Grunnforhold", "Er det fare for kvikkleire eller utgliding i fyllingane ved kaia?",
         "Geoteknisk vurdering"),
        ("Klimagassutslepp", "Kor store utslepp gir utbygginga, og korleis kan dei reduserast?",
         "Klimagassrekneskap for planalternativa"),
        ("Risiko og sårbarheit", "Kva andre risikoar må planen handtere?",
         "ROS-analyse etter DSB sin rettleiar"),
    ]
    s1 = ("Det skal haldast eit ope møte i Saudvik før planforslaget blir lagt ut til offentleg "
          "ettersyn.")
    header = "Saudvik kommune – planprogram"
    m = [
        ("meta", "SAUDVIK KOMMUNE"),
        ("title", "Planprogram – kommunedelplan for Saudvik sentrum og strandpromenaden"),
        ("meta", "Fastsett av formannskapet 22.04.2031, sak 034/31"),
        ("h1", "1 Bakgrunn og føremål"),
        ("p", "Kommunen eig store delar av strandsona mellom Kvernvika og Båtstøa etter at "
              "verkstaden vart lagd ned. Kommunedelplanen skal leggje til rette for bustader, "
              "ein samanhengande promenade langs sjøen og eit levande sentrum."),
        ("h1", "2 Planprosess og medverknad"),
        ("p", "Planarbeidet vert leidd av plan- og byggesakseininga. " + s1 + " Planforumet i "
              "fylket vert orientert to gonger undervegs."),
        ("table", ["Fase", "Tid"],
         [["Varsel om oppstart og høyring av planprogram", "januar–mars 2031"],
          ["Utgreiingar", "2031"], ["Offentleg ettersyn", "våren 2032"],
          ["Vedtak i kommunestyret", "hausten 2032"]], [100, 50]),
        ("h1", "3 Utgreiingsbehov"),
        ("p", "Tabellen viser kva tema konsekvensutgreiinga skal omfatte, kva spørsmål som skal "
              "svarast på, og korleis det skal gjerast."),
        ("table", ["Tema", "Problemstilling", "Korleis det skal utgreiast"],
         [list(r) for r in rows], [38, 72, 50]),
        ("h1", "4 Tema som ikkje vert utgreidde"),
        ("p", "Landbruk og reindrift vert ikkje utgreidde, fordi planområdet ikkje har "
              "jordbruksareal eller beiteområde. Forureina grunn er avklart i ei eiga sak om "
              "opprydding etter verkstaden."),
    ]
    build_pdf_l(m, d / "planprogram.pdf", word_lang="nb", title="Planprogram – kommunedelplan "
                "for Saudvik sentrum og strandpromenaden", author="Saudvik kommune",
                header=header, lang="nn-NO")
    pages = pdf_pages(d / "planprogram.pdf")
    if not any(r[0] in pages[1] for r in rows) or not any(r[0] in pages[0] for r in rows[:1]):
        raise SystemExit("strandpromenade: the Utgreiingsbehov table does not break over the page")
    p = [
        ("title", "Kommunedelplan for Saudvik sentrum og strandpromenaden"),
        ("meta", "Saudvik kommune · Planomtale med konsekvensutgreiing · Offentleg ettersyn 2032"),
        ("h1", "1 Innleiing"),
        ("p", "Planen opnar strandsona for folk og gir plass til om lag 260 nye bustader. Eit "
              "ope møte i kulturhuset 12. mars 2032 samla 90 personar, og innspela derifrå er "
              "svara ut i kapittel 6."),
        ("h1", "2 Utsyn og bygningshøgder"),
        ("p", "Frå torget og kyrkjebakken skal ein framleis sjå Saudfjorden. Nye bygg får høgst "
              "fire etasjar, og det skal vere minst 15 meter mellom bygga i retning mot sjøen."),
        ("h1", "3 Sjøbuene"),
        ("p", "Dei seks sjøbuene i Båtstøa får omsynssone bevaring og kan nyttast til "
              "servering og utleige av kajakkar."),
        ("h1", "4 Livet i sjøen"),
        ("p", "Dykkarane fann ei eng med ålegras utanfor Kvernvika hausten 2031. Promenaden "
              "vert difor lagd på land der, og det vert ikkje fylt ut i sjøen."),
        ("h1", "5 Stormflo"),
        ("p", "Golv i nye bygg skal liggje på minst kote +2,8, og promenaden på kote +2,4. Då "
              "toler dei ei 200-årsstormflo i år 2100 med havnivåstiging og bølgjer."),
        ("h1", "6 Parkering"),
        ("p", "Talet på offentlege parkeringsplassar langs sjøen går ned frå 140 til 60. Eit nytt "
              "parkeringshus ved rådhuset får 120 plassar."),
        ("p", "Ferjekaia vert liggjande der ho er i dag."),
        ("h1", "7 Born og unge"),
        ("p", "Elevar på 5. og 8. trinn teikna inn på kart kvar dei går og leikar. Dei mest "
              "brukte stadene er badeplassen i Kvernvika, skateområdet ved kaia og stien over "
              "Verkstadtomta."),
        ("h1", "8 Langs sjøen"),
        ("p", "Ein samanhengande gangveg frå Kvernvika til Båtstøa, open for alle heile året, "
              "vert sikra med føresegner og rekkjefølgjekrav."),
        ("h1", "9 Grunnen"),
        ("p", "Grunnundersøkingane i 2031 fann ikkje kvikkleire i planområdet."),
        ("h1", "10 Klima"),
        ("p", "Klimaet er i endring, og meir nedbør gjer at overvatnet må handterast på "
              "overflata, i opne renner mot sjøen."),
        ("h1", "Vedlegg 1 ROS-analyse"),
        ("table", ["Hending", "Sannsyn", "Konsekvens", "Tiltak"],
         [["Stormflo over promenaden", "Middels", "Middels", "Minstehøgder, sjå kap. 5"],
          ["Brann i sjøbuene", "Låg", "Stor", "Sløkkjevatn og tilkomst for brannbil"],
          ["Ulukke på ferjekaia", "Låg", "Stor", "Gjerde og skilt mellom kai og promenade"],
          ["Straumbrot i parkeringshuset", "Låg", "Liten", "Naudlys"]], [50, 25, 25, 60]),
    ]
    build_odfpy(p, d / "plan.odt", title="Kommunedelplan for Saudvik sentrum og "
                "strandpromenaden", lang="nn")
    t = [themed(r[0], r[1]) for r in rows]
    g = [
        P("1", t[0], "content", "covered", ev="Frå torget og kyrkjebakken",
          trap="a row of the 'Utgreiingsbehov' table (Tema: Problemstilling; the method column "
          "'Korleis det skal utgreiast' is no part of the point); answered in other words "
          "('sjå Saudfjorden', building heights, distances)"),
        P("2", t[1], "content", "partial", ev="Dei seks sjøbuene i Båtstøa",
          missing=["kaimuren"],
          trap="the sea houses are protected; the old quay wall is not mentioned"),
        P("3", t[2], "content", "covered", ev="Dykkarane fann ei eng med ålegras",
          trap="answered under the heading 'Livet i sjøen' (a find, and how the promenade "
          "avoids it)"),
        P("4", t[3], "content", "covered", ev="Golv i nye bygg skal liggje",
          trap="answered with numbers ('kote +2,8', 'kote +2,4') for 'kva høgd' under "
          "'Stormflo'"),
        P("5", t[4], "content", "partial", ev="Talet på offentlege parkeringsplassar",
          missing=["korleis trafikken i Strandgata blir"],
          trap="the parking numbers are given; the traffic in Strandgata is not assessed"),
        P("6", t[5], "content", "uncovered",
          trap="shared words: 'Ferjekaia vert liggjande der ho er i dag' is all; no noise "
          "for the new homes"),
        P("7", t[6], "content", "partial", ev="Elevar på 5. og 8. trinn teikna",
          missing=["korleis borna og dei unge blir råka av planen"],
          trap="the barnetråkk (the places used today) is told; how the plan affects them is "
          "not"),
        P("8", t[7], "content", "covered", ev="Ein samanhengande gangveg frå Kvernvika",
          trap="answered in other words ('open for alle heile året' for ålmenta, 'gangveg frå "
          "Kvernvika til Båtstøa' for the whole shore)"),
        P("9", t[8], "content", "uncovered",
          trap="not answered: Storgata and its shops are not mentioned"),
        P("10", t[9], "content", "partial", ev="Grunnundersøkingane i 2031 fann",
          missing=["stabiliteten i fyllingane ved kaia"],
          trap="no quick clay; the fills at the quay are not assessed"),
        P("11", t[10], "content", "uncovered",
          trap="shared words: the chapter 'Klima' is about climate change and surface water; "
          "no emissions from the development"),
        P("12", t[11], "deliverable", "covered", ev="Hending Sannsyn Konsekvens Tiltak",
          trap="answered only by the appendix table 'ROS-analyse' on its own page"),
        P("S1", s1, "process", "covered", ev="Planen opnar strandsona for folk",
          trap="a requirement in the prose of 'Planprosess og medverknad' among sentences that "
          "are none ('Planarbeidet vert leidd av …', 'Planforumet … vert orientert'); the "
          "'Tema som ikkje vert utgreidde' prose is none either; answered in the introduction "
          "(an open meeting in March 2032, before the public inspection)"),
    ]
    return dict(language="nn", mandate="planprogram.pdf", plan="plan.odt", header=header,
                producer="planprogram PDF (Word export): a process table, the 'Utgreiingsbehov' "
                "table Tema | Problemstilling | Korleis det skal utgreiast (twelve rows, broken "
                "over the page), a requirement in the process prose and a section on themes not "
                "to be assessed; plan .odt written with odfpy (kept) with a ROS table as an "
                "appendix", points=g)


# =========================================================================== 3 svommehal (da)


def email_pdf(path: Path, *, owner: str, header: list[tuple[str, str]], body: list[tuple],
              quoted: list[tuple[str, str]], quoted_body: list[tuple], lang: str = "da") -> Path:
    """A webmail message printed with Chromium: the account owner's name and a rule, the header
    fields as a two-column table, the body (("p", text) or ("ul", [items])), then the quoted
    earlier mail after '-----Oprindelig meddelelse-----' with its own header lines."""
    def blocks(bs):
        out = []
        for b in bs:
            if b[0] == "p":
                out.append(f"<p>{_h.escape(b[1])}</p>")
            elif b[0] == "ul":
                out.append("<ul>" + "".join(f"<li>{_h.escape(x)}</li>" for x in b[1]) + "</ul>")
            else:
                raise ValueError(b[0])
        return "".join(out)
    hdr = "".join(f"<tr><th>{_h.escape(k)}:</th><td>{_h.escape(v)}</td></tr>" for k, v in header)
    q = "".join(f"<div><b>{_h.escape(k)}:</b> {_h.escape(v)}</div>" for k, v in quoted)
    css = ("body{font-family:'Liberation Sans',sans-serif;font-size:10.5pt;margin:12mm 16mm}"
           ".own{font-size:13pt;font-weight:bold;border-bottom:2px solid #000;padding-bottom:3px}"
           "table.h{margin:6px 0 14px}table.h th{text-align:left;padding-right:14px;"
           "vertical-align:top}ul{margin:4px 0 8px}li{margin:2px 0}.q{margin-top:16px}")
    html = (f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>"
            f"{_h.escape(header[-1][1])}</title><style>{css}</style></head><body>"
            f"<div class='own'>{_h.escape(owner)}</div><table class='h'>{hdr}</table>"
            + blocks(body) + "<div class='q'><p>-----Oprindelig meddelelse-----</p>" + q
            + blocks(quoted_body) + "</div></body></html>")
    with tempfile.TemporaryDirectory(prefix="mblind16-mail-") as tmp:
        src = Path(tmp) / "mail.html"
        src.write_text(html, encoding="utf-8")
        bk.chromium_pdf(src, path)
    return path


@pair
def svommehal(d: Path) -> dict:
    pts = [
        "kortlægge kapaciteten i de tre svømmehaller, og hvor mange timer foreningerne får",
        "vurdere, om Bøgeskovhallen skal renoveres eller erstattes af en ny hal",
        "sikre, at alle børn kan svømme 200 meter, når de forlader 6. klasse",
        "beskrive, hvordan skolerne kommer frem og tilbage til svømmeundervisningen",
        "vurdere åbningstiderne for offentlig badning, også om aftenen og i weekenden",
        "foreslå, hvordan energiforbruget i hallerne kan nedbringes",
        "inddrage Havlund Svømmeklub og Dykkerklubben Søhesten i arbejdet",
        "vurdere tilbud til ældre og borgere med handicap, fx et varmtvandsbassin",
        "belyse manglen på livreddere, og hvordan vi kan rekruttere flere",
        "indeholde et økonomisk overslag for både anlæg og drift",
    ]
    s1 = "Planen skal forelægges Kultur- og Fritidsudvalget på mødet i november 2031."
    old = [
        "kortlægge den tekniske tilstand i de tre svømmehaller",
        "vurdere et nyt 50-meter bassin ved Havlund Idrætscenter",
        "foreslå fælles booking af svømmehaller og idrætshaller",
        "beskrive skolesvømningen i dag",
        "vurdere, om Bøgeskovhallen skal lukkes",
    ]
    body = [
        ("p", "Hej Jakob"),
        ("p", "Tak for dit udkast. Jeg har talt med formanden for Kultur- og Fritidsudvalget, "
              "og vi ændrer bestillingen, så den passer til budgetforliget. Den erstatter min "
              "mail fra december. Planen for svømmehaller og svømmeundervisning skal:"),
        ("ul", pts),
        ("p", s1 + " Du kan trække på Ejendomscenteret til de tekniske tal, og Louise fra "
              "Skoleafdelingen er med i styregruppen."),
        ("p", "Ring, hvis noget er uklart."),
        ("p", "Venlig hilsen"),
        ("p", "Mette Kjærgaard"),
        ("p", "Direktør for Børn, Kultur og Fritid · Havlund Kommune · Direkte 7219 4410"),
    ]
    qbody = [
        ("p", "Hej Jakob"),
        ("p", "Som aftalt på ledermødet skal du i gang med en plan for svømmehallerne. Planen "
              "skal:"),
        ("ul", old),
        ("p", "Vi ser på det igen i januar, når budgettet er på plads."),
        ("p", "Hilsen Mette"),
    ]
    email_pdf(d / "bestilling.pdf", owner="Jakob Winther",
              header=[("Fra", "Mette Kjærgaard"), ("Sendt", "3. februar 2031 09:14"),
                      ("Til", "Jakob Winther"), ("Cc", "Louise Brandt; Kultur og Fritid sekretariat"),
                      ("Emne", "SV: Bestilling – plan for svømmehaller og svømmeundervisning")],
              body=body,
              quoted=[("Fra", "Mette Kjærgaard"), ("Sendt", "9. december 2030 15:42"),
                      ("Til", "Jakob Winther"), ("Emne", "Bestilling – plan for svømmehallerne")],
              quoted_body=qbody)
    p = [
        ("title", "Plan for svømmehaller og svømmeundervisning 2032–2040"),
        ("meta", "Havlund Kommune · Kultur og Fritid · Udkast september 2031"),
        ("h1", "1 Indledning"),
        ("p", "Havlund har tre svømmehaller. To af dem er over 45 år gamle, og køen til "
              "svømmehold er lang. Planen er lavet i en arbejdsgruppe med Havlund Svømmeklub, "
              "skolerne og Ejendomscenteret."),
        ("h1", "2 Hallerne i dag"),
        ("table", ["Hal", "Baner", "Timer om ugen til foreninger"],
         [["Havlund Svømmehal", "8 x 25 m", "41"], ["Bøgeskovhallen", "4 x 25 m", "12"],
          ["Ravnholt Skolebad", "3 x 16,7 m", "6"]], [55, 35, 60]),
        ("p", "Et nyt 50-meter bassin er ikke realistisk inden for planperioden."),
        ("h1", "3 Bøgeskovhallen"),
        ("p", "Vi anbefaler at bygge en ny hal med seks baner ved Havlund Idrætscenter og at "
              "lukke Bøgeskovhallen, når den nye hal står klar i 2035. En renovering ville koste "
              "næsten det samme og give en hal, der stadig er for lille."),
        ("h1", "4 Skolesvømning"),
        ("p", "Alle elever i 3. og 4. klasse får 20 lektioner svømning om året. Kommunen betaler "
              "bussen mellem skolen og hallen, så ingen klasse skal gå eller cykle."),
        ("h1", "5 Åbent for alle"),
        ("p", "Havlund Svømmehal holder åbent for offentlig badning til klokken 21 tirsdag og "
              "torsdag fra august 2032."),
        ("p", "Energipriserne steg kraftigt i 2022, og driften af hallerne blev dyrere."),
        ("h1", "6 Badevagter"),
        ("p", "Det er svært at skaffe badevagter. Kommunen uddanner derfor selv 12 unge om året "
              "på et livredderkursus og giver dem fast vagtplan i hallerne."),
        ("p", "Varmtvandsbassinet på Plejecenter Engly lukkede i 2029."),
        ("h1", "7 Økonomi"),
        ("p", "Den nye hal ved Havlund Idrætscenter er anslået til 118 mio. kr. i anlæg."),
    ]
    build_rl_pdf(d / "plan.pdf", title="Plan for svømmehaller og svømmeundervisning",
                 author="Havlund Kommune", creator="Havlund Kommune – dokumentsystem",
                 running="Havlund Kommune · Plan for svømmehaller og svømmeundervisning",
                 blocks=p, page_word="Side")
    g = [
        P("1", pts[0], "deliverable", "covered", ev="Hal Baner Timer om ugen til foreninger",
          trap="a bullet of the new mail (numbered by position 1–10); the five bullets of the "
          "quoted mail below '-----Oprindelig meddelelse-----' are the older order the new "
          "mail replaces and are no points; answered only in a table"),
        P("2", pts[1], "content", "covered", ev="Vi anbefaler at bygge en ny hal",
          trap="answered in other words ('lukke Bøgeskovhallen' and a new hall for 'erstattes', "
          "renovation weighed); the quoted mail's 'vurdere, om Bøgeskovhallen skal lukkes' is "
          "no point"),
        P("3", pts[2], "content", "partial", ev="Alle elever i 3. og 4. klasse",
          missing=["målet om 200 meter, når eleverne forlader 6. klasse"],
          trap="lessons are given; the goal that every child can swim 200 m is not taken up"),
        P("4", pts[3], "content", "covered", ev="Kommunen betaler bussen mellem",
          trap="answered in other words ('Kommunen betaler bussen mellem skolen og hallen')"),
        P("5", pts[4], "content", "partial", ev="Havlund Svømmehal holder åbent",
          missing=["åbningstider i weekenden"],
          trap="two evenings a week; the weekend is not mentioned"),
        P("6", pts[5], "content", "uncovered",
          trap="shared words: 'Energipriserne steg kraftigt i 2022' is background; no measure "
          "to bring energy use down"),
        P("7", pts[6], "process", "partial", ev="Havlund har tre svømmehaller",
          missing=["Dykkerklubben Søhesten"],
          trap="the swimming club was in the working group (told in the introduction); the "
          "diving club is not mentioned"),
        P("8", pts[7], "content", "uncovered",
          trap="shared words: 'Varmtvandsbassinet på Plejecenter Engly lukkede i 2029' is a "
          "fact; no offer for the elderly or disabled is assessed"),
        P("9", pts[8], "content", "covered", ev="Det er svært at skaffe badevagter",
          trap="answered in other words under 'Badevagter' ('svært at skaffe' for the shortage, "
          "a course for 12 young people a year for recruitment)"),
        P("10", pts[9], "content", "partial", ev="Den nye hal ved Havlund Idrætscenter er",
          missing=["overslag over driftsudgifterne"],
          trap="an amount for the construction ('118 mio. kr. i anlæg'); nothing on running "
          "costs"),
        P("S1", s1, "process", "uncovered",
          trap="a requirement in the prose after the list, among sentences that are none ('Du "
          "kan trække på Ejendomscenteret …', 'Ring, hvis noget er uklart'); the plan is an "
          "'Udkast september 2031' and says nothing of the committee"),
    ]
    return dict(language="da", mandate="bestilling.pdf", plan="plan.pdf",
                producer="bestilling as a webmail message printed with Chromium: owner line, a "
                "Fra/Sendt/Til/Cc/Emne header, ten bullets, a requirement in the prose, a "
                "signature and below '-----Oprindelig meddelelse-----' an older mail with five "
                "bullets that the new one replaces; plan laid out with reportlab with a hall "
                "table", points=g)


# =========================================================================== 4 naridrott (sv)


@pair
def naridrott(d: Path) -> dict:
    KS, BUN, SBN, SN, KFN = ("Kommunstyrelsen", "Barn- och utbildningsnämnden",
                             "Samhällsbyggnadsnämnden", "Socialnämnden",
                             "Kultur- och fritidsnämnden")
    rows = [
        ("U1", "Ta fram en ny lokalförsörjningsplan för kommunens verksamheter.", KS),
        ("U2", "Minska antalet timanställningar inom hemtjänsten.", SN),
        ("U3", "Ta fram en plan för näridrottsplatser och spontanidrott i alla kommundelar.", KFN),
        ("U4", "Redovisa hur flickor och unga kvinnor i större utsträckning kan använda "
               "spontanidrottsplatserna.", KFN),
        ("U5", "Anlägga belysning på gång- och cykelvägen till Norrviks idrottsplats.", SBN),
        ("U6", "Utreda fler rastaktiviteter på skolgårdarna.", BUN),
        ("U7", "Utreda om skolgårdarna kan hållas öppna för spontanidrott på kvällar och helger.",
         f"{KFN}, {BUN}"),
        ("U8", "Se över hur detaljplanerna kan ge plats för idrott i nya bostadsområden.", SBN),
        ("U9", "Se över taxorna för uthyrning av idrottshallar till föreningar.", KFN),
        ("U10", "Införa e-tjänst för bygglov för mindre åtgärder.", SBN),
        ("U11", "Redovisa drift- och underhållskostnader för nya anläggningar innan beslut om "
                "investering.", KFN),
        ("U12", "Involvera ungdomsrådet och föreningslivet i arbetet med näridrottsplatserna.",
         KFN),
        ("U13", "Följa upp arbetet med heltid som norm.", KS),
        ("U14", "Öka antalet besök på biblioteken med tio procent.", KFN),
        ("U15", "Ta fram en åtgärdsplan för tillgängligheten på befintliga "
                "spontanidrottsplatser.", KFN),
        ("U16", "Utreda ett utegym vid Ekbacka äldreboende.", f"{SN}, {SBN}"),
        ("U17", "Redovisa planen för näridrottsplatser för kommunfullmäktige senast i juni "
                "2032.", KFN),
        ("U18", "Samordna näridrottsplatserna med skolornas satsning Rörelse varje dag.",
         f"{BUN}, {KFN}"),
    ]
    header = "Björkåsa kommun – Mål och budget 2031–2033"
    m = [
        ("meta", "BJÖRKÅSA KOMMUN"),
        ("title", "Mål och budget 2031–2033"),
        ("meta", "Antagen av kommunfullmäktige 2030-11-24, § 142"),
        ("h1", "4 Driftsramar per nämnd"),
        ("p", "Ramarna är nettoramar i miljoner kronor. Förändringen mot 2030 beror på löner, "
              "priser och de satsningar som beskrivs i avsnitt 3."),
        ("table", ["Nämnd", "Ram 2030", "Ram 2031", "Förändring"],
         [["Kommunstyrelsen", "118,2", "121,0", "+2,8"],
          ["Barn- och utbildningsnämnden", "684,5", "702,9", "+18,4"],
          ["Socialnämnden", "611,0", "640,3", "+29,3"],
          ["Samhällsbyggnadsnämnden", "94,7", "96,1", "+1,4"],
          ["Kultur- och fritidsnämnden", "71,3", "73,8", "+2,5"],
          ["Summa", "1 579,7", "1 634,1", "+54,4"]], [70, 30, 30, 30]),
        ("p", "Kultur- och fritidsnämndens ram ökar med 1,2 miljoner kronor för drift av nya "
              "spontanidrottsplatser från 2032."),
        ("h1", "5 Uppdrag till nämnderna"),
        ("p", "Kommunfullmäktige ger nämnderna och styrelsen följande uppdrag. Uppdragen "
              "redovisas i nämndernas delårsrapporter och i årsredovisningen, om inte annat "
              "anges."),
        ("table", ["Nr", "Uppdrag", "Ansvarig nämnd"], [list(r) for r in rows], [14, 92, 58]),
        ("p", "Uppdrag som inte är slutförda vid årets slut följer med till nästa år, om inte "
              "kommunfullmäktige beslutar annat."),
        ("h1", "6 Investeringar"),
        ("p", "Investeringsramen för 2031 är 212 miljoner kronor. Av dem går 4,5 miljoner kronor "
              "till spontanidrott och lek."),
    ]
    build_pdf_l(m, d / "mal-och-budget.pdf", word_lang="sv", title="Mål och budget 2031–2033",
                author="Björkåsa kommun", header=header, lang="sv-SE")
    pages = pdf_pages(d / "mal-och-budget.pdf")
    if not ("U1" in pages[0] and "U18" in pages[1] and "Nr" in pages[1]):
        raise SystemExit("naridrott: the uppdrag table does not break over the page")
    p = [
        ("meta", "Publicerad 2032-06-03 · Antagen av kommunfullmäktige 2032-05-27, § 61"),
        ("h2", "Därför en plan"),
        ("p", "Alla barn och unga i Björkåsa ska ha nära till en plats där de kan spela, träna "
              "och röra sig utan att vara med i en förening. Ungdomsrådet har varit med från "
              "början och tyckt till om både platserna och utrustningen."),
        ("h2", "Platser i varje kommundel"),
        ("table", ["Kommundel", "Platser i dag", "Nya platser 2032–2035"],
         [["Centrum", "Multiarena vid Björkåsaskolan", "Utegym i Stadsparken"],
          ["Norrvik", "Bollplan", "Multiarena, skatebana"],
          ["Ekbacka", "–", "Multiarena, utegym"],
          ["Sjöhagen", "Basketkorg vid badplatsen", "Pumptrack"]], [40, 60, 60]),
        ("h2", "Tjejer och spontanidrott"),
        ("p", "Tjejer i ungdomsrådet ville ha platser med belysning där man kan träna "
              "tillsammans. Därför får både Stadsparken och Ekbacka utegym med belysning och "
              "sittplatser."),
        ("h2", "Skolgårdarna"),
        ("p", "Alla skolgårdar är öppna för alla efter skoltid och hela helgen. Skolorna "
              "använder multiarenorna på rasterna och till de dagliga pulspassen i Rörelse "
              "varje dag."),
        ("h2", "Vad kostar det?"),
        ("p", "De nya platserna kostar sammanlagt 11,2 miljoner kronor. En multiarena kostar "
              "cirka 60 000 kronor per år att sköta."),
        ("p", "Spontanidrottsplatserna är gratis att använda och behöver inte bokas."),
        ("h2", "Tillgänglighet"),
        ("p", "Alla nya platser får hårdgjorda gångar och ramper, så att de kan användas av den "
              "som har rullstol eller rollator."),
    ]
    web_pdf(d / "plan.pdf", title="Plan för näridrottsplatser 2032–2035",
            nav="Björkåsa kommun › Uppleva och göra › Idrott och motion › Näridrottsplatser",
            foot="Björkåsa kommun · Kultur- och fritidsförvaltningen · Sidan uppdaterad "
                 "2032-06-03", blocks=p, lang="sv", accent="#2e6b30")
    u = {r[0]: r[1] for r in rows}
    g = [
        P("U3", u["U3"], "deliverable", "covered", ev="Kommundel Platser i dag",
          trap="a row of the uppdrag table (Nr | Uppdrag | Ansvarig nämnd; the number kept as "
          "printed, the nämnd no part of the point); only the ten rows whose nämnd includes "
          "Kultur- och fritidsnämnden are points, the eight others (KS, SN, BUN, SBN) are none "
          "even where they share words (U5 belysning, U6 skolgårdarna, U8 idrott, U16 "
          "utegym); answered by a table per kommundel"),
        P("U4", u["U4"], "content", "partial", ev="Tjejer i ungdomsrådet ville ha",
          missing=["andra åtgärder för flickor och unga kvinnor än två utegym"],
          trap="answered in other words ('Tjejer' for flickor och unga kvinnor): two lit "
          "outdoor gyms, nothing more on how girls will use the places"),
        P("U7", u["U7"], "content", "covered", ev="Alla skolgårdar är öppna för alla",
          trap="a row with two nämnder (KFN first); answered in other words ('efter skoltid och "
          "hela helgen')"),
        P("U9", u["U9"], "content", "uncovered",
          trap="an uppdrag to the plan's nämnd that the plan does not take up; shared words: "
          "'gratis att använda' is about the outdoor places, not the hall rents"),
        P("U11", u["U11"], "content", "partial", ev="De nya platserna kostar sammanlagt",
          missing=["drift- och underhållskostnader för de andra anläggningarna än "
                   "multiarenorna"],
          trap="the investment and the running cost of one multiarena are given"),
        P("U12", u["U12"], "process", "partial", ev="Alla barn och unga i Björkåsa",
          missing=["föreningslivet"],
          trap="the youth council took part (told in the introduction); the associations are "
          "not mentioned"),
        P("U14", u["U14"], "content", "uncovered",
          trap="an uppdrag to the plan's nämnd about the libraries; not for this plan and not "
          "answered"),
        P("U15", u["U15"], "deliverable", "uncovered",
          trap="shared words: 'Tillgänglighet' is a heading, but it speaks of the new places "
          "only; no action plan for the existing ones"),
        P("U17", u["U17"], "process", "covered", ev="Publicerad 2032-06-03 · Antagen",
          trap="met only in the page's meta line ('Antagen av kommunfullmäktige 2032-05-27')"),
        P("U18", u["U18"], "content", "covered", ev="Skolorna använder multiarenorna",
          trap="a row whose first nämnd is BUN (KFN second): still a point; answered in the "
          "paragraph on the school yards (the multi-arenas used for the daily 'pulspass' of "
          "Rörelse varje dag)"),
    ]
    return dict(language="sv", mandate="mal-och-budget.pdf", plan="plan.pdf", header=header,
                producer="Mål och budget PDF (Word export, 'Sida n av m'): an uppdrag table Nr "
                "| Uppdrag | Ansvarig nämnd with eighteen rows to five nämnder, ten of them to "
                "Kultur- och fritidsnämnden (two jointly), broken over the page; plan the "
                "municipality's web page printed with Chromium, meta line with the adoption",
                points=g)


# =========================================================================== 5 pollinators (en)


@pair
def pollinators(d: Path) -> dict:
    objectives = [
        "Increase the area of council-managed land cut for wildflowers",
        "Reduce the use of pesticides on council land",
        "Involve schools, allotment holders and community groups in creating pollinator "
        "habitats",
        "Raise public awareness of the decline in pollinators",
    ]
    deliverables = [
        ("D1", "A baseline map of pollinator habitats on council land"),
        ("D2", "An action plan with costed actions, owners and timescales"),
        ("D3", "A revised grounds maintenance specification"),
        ("D4", "Guidance for developers on pollinator-friendly landscaping"),
        ("D5", "A communications plan for the project"),
    ]
    success = [
        "At least 20 hectares managed for pollinators by 2035",
        "Annual butterfly and bee counts at ten monitoring sites",
        "No use of glyphosate on council land by 2033",
        "The action plan adopted by Cabinet by March 2032",
    ]
    header = "Ashcombe District Council – Project Initiation Document"
    m = [
        ("title", "Project Initiation Document"),
        ("meta", "Ashcombe Pollinator Action Plan · Version 1.2 · 6 May 2031 · Status: approved "
                 "by the Environment Programme Board"),
        ("table", ["Role", "Name"],
         [["Project sponsor", "Director of Place, Gareth Monk"],
          ["Project manager", "Biodiversity Officer, Priya Shah"],
          ["Project board", "Parks Manager, Head of Planning, Communications Lead"]], [50, 110]),
        ("h1", "1 Background"),
        ("p", "Wild bees, hoverflies, butterflies and moths have declined across the district. "
              "In July 2030 Council declared an ecological emergency and asked officers to "
              "bring forward a plan for pollinators."),
        ("h1", "2 Objectives"),
        ("bullets", objectives),
        ("h1", "3 Deliverables"),
    ] + [("typed", n, x, "\t", 12) for n, x in deliverables] + [
        ("h1", "4 Success criteria"),
        ("bullets", success),
        ("h1", "5 Assumptions"),
        ("bullets", ["Volunteer recorders will continue to help with the surveys",
                     "Funding from the Local Nature Recovery Strategy will be available from "
                     "2032"]),
        ("h1", "6 Constraints"),
        ("bullets", ["No additional staff will be recruited for the project",
                     "The grounds maintenance contract runs until March 2034"]),
        ("h1", "7 Tolerances"),
        ("p", "The project manager may move a milestone by up to four weeks. Anything more is "
              "escalated to the project board."),
    ]
    build_pdf_l(m, d / "pid.pdf", word_lang="en", title="Project Initiation Document – "
                "Ashcombe Pollinator Action Plan", author="Ashcombe District Council",
                header=header, lang="en-GB")
    p = [
        ("title", "Ashcombe Pollinator Action Plan 2032–2037"),
        ("meta", "Ashcombe District Council · Parks and Open Spaces"),
        ("h1", "1 Why pollinators matter"),
        ("p", "Pollinators in Ashcombe have declined by about a third since 1980. This plan sets "
              "out what the Council will do on the land it manages, and with the people who use "
              "it."),
        ("h1", "2 Where they live"),
        ("p", "Appendix A lists every site where the survey of 2031 found good habitat for "
              "pollinators."),
        ("h1", "3 Mowing less"),
        ("p", "From 2032 we will mow 14 hectares of verges and parks only twice a year, and 22 "
              "hectares by 2035. The cuttings will be collected so that wildflowers can seed."),
        ("p", "Grounds maintenance staff will be trained in the new regime each spring."),
        ("h1", "4 Fewer chemicals"),
        ("p", "We stopped using glyphosate in parks in 2031 and will end its use on pavements "
              "by 2033."),
        ("h1", "5 Working with others"),
        ("p", "Eight primary schools will sow wildflower patches with the Ashcombe Wildlife "
              "Group, and friends-of-parks groups will build bee hotels in four parks."),
        ("h1", "6 New development"),
        ("p", "When we grant planning permission we will ask for native planting in the "
              "landscaping conditions."),
        ("h1", "7 Counting"),
        ("p", "Volunteer recorders will count butterflies and bees at six sites every summer."),
        ("h1", "8 What we will do"),
        ("table", ["Action", "Owner", "When"],
         [["Mow 14 ha twice a year", "Parks Manager", "2032"],
          ["End glyphosate on pavements", "Street Scene Manager", "2033"],
          ["Wildflower patches at eight schools", "Biodiversity Officer", "2032–2034"],
          ["Annual counts at six sites", "Biodiversity Officer", "Every summer"]], [75, 50, 35]),
        ("break",),
        ("h1", "Appendix A Sites"),
        ("table", ["Site", "Habitat", "Area"],
         [["Ashcombe Cemetery", "Species-rich grassland", "3.1 ha"],
          ["Riverside Park", "Meadow and hedgerow", "4.6 ha"],
          ["A361 verges", "Road verge", "5.2 ha"],
          ["Mill Lane allotments", "Fruit trees and borders", "0.8 ha"]], [60, 65, 30]),
        ("h1", "Document history"),
        ("table", ["Version", "Status", "Date"],
         [["0.3", "Consultation draft", "9 November 2031"],
          ["1.0", "Adopted by Cabinet", "11 February 2032"]], [30, 80, 50]),
    ]
    build_pdf_l(p, d / "plan.pdf", word_lang="en", title="Ashcombe Pollinator Action Plan "
                "2032–2037", author="Ashcombe District Council",
                header="Ashcombe Pollinator Action Plan 2032–2037", lang="en-GB")
    dd = dict(deliverables)
    g = [
        P("1", objectives[0], "content", "covered", ev="From 2032 we will mow 14",
          trap="a Word bullet under 'Objectives' (numbered by position 1–4, the success "
          "criteria continuing 5–8); answered in other words under 'Mowing less' (an area in "
          "hectares mown twice a year for 'land cut for wildflowers')"),
        P("2", objectives[1], "content", "covered", ev="We stopped using glyphosate in parks",
          trap="answered in other words: glyphosate (a member of the class) for pesticides"),
        P("3", objectives[2], "process", "partial", ev="Eight primary schools will sow",
          missing=["allotment holders"],
          trap="schools and friends-of-parks groups; 'Mill Lane allotments' is only a site in "
          "Appendix A"),
        P("4", objectives[3], "content", "uncovered",
          trap="shared words: 'Pollinators in Ashcombe have declined by about a third' is "
          "background; nothing is done to raise awareness"),
        P("D1", dd["D1"], "deliverable", "covered", ev="Site Habitat Area",
          trap="a deliverable typed 'D1⇥' (the reference kept as its number); answered by the "
          "table in 'Appendix A Sites' on its own page (a list for the map)"),
        P("D2", dd["D2"], "deliverable", "partial", ev="Action Owner When",
          missing=["the cost of each action"],
          trap="the action table has owners and timescales but no cost column"),
        P("D3", dd["D3"], "deliverable", "uncovered",
          trap="shared words: 'Grounds maintenance staff will be trained' is no revised "
          "specification; the PID's constraint on the contract is no point either"),
        P("D4", dd["D4"], "deliverable", "partial", ev="When we grant planning permission",
          missing=["written guidance for developers"],
          trap="native planting asked for in planning conditions; no guidance is produced"),
        P("D5", dd["D5"], "deliverable", "uncovered",
          trap="not answered: no communications plan"),
        P("5", success[0], "content", "covered", ev="From 2032 we will mow 14",
          trap="a success criterion (Word bullet, numbered by position after the objectives); "
          "'22 hectares by 2035' meets the target of 20"),
        P("6", success[1], "content", "partial", ev="Volunteer recorders will count",
          missing=["four of the ten monitoring sites"],
          trap="counts at six sites, not ten; the PID's assumption about volunteer recorders "
          "is no point"),
        P("7", success[2], "content", "partial", ev="We stopped using glyphosate in parks",
          missing=["the Council's other land, such as cemeteries and verges"],
          trap="parks and pavements only, not all council land"),
        P("8", success[3], "process", "covered", ev="Version Status Date",
          trap="met only in the 'Document history' table at the end ('Adopted by Cabinet', "
          "11 February 2032)"),
    ]
    return dict(language="en", mandate="pid.pdf", plan="plan.pdf", header=header,
                producer="project initiation document PDF (Word export, 'Page n of m'): a role "
                "table, four Objectives bullets, five Deliverables typed 'D1⇥' … 'D5⇥', four "
                "Success criteria bullets, Assumptions and Constraints bullets that are none; "
                "plan PDF (Word export) with an action table without costs, 'Appendix A Sites' "
                "and a 'Document history' table", points=g)


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
            "corpora/mandates-blind16/make_pairs.py.\n"
            f"# Producer: {info['producer']}.\n"
            "# status: covered | partial | uncovered; kind: content | deliverable | process;\n"
            "# missing: what the plan leaves out (planner's words); evidence: page of the\n"
            "# answering passage and its opening words; S-numbers: requirements in the prose.\n"
        )
        write_gold(d / "coverage.gold.yaml", header=header, plan=info["plan"],
                   mandate=info["mandate"], language=info["language"], points=info["points"],
                   pages=pages)
        n = {s: sum(p["status"] == s for p in info["points"])
             for s in ("covered", "partial", "uncovered")}
        print(f"{name}: {len(info['points'])} points {n} plan pages {len(pages)}")


if __name__ == "__main__":
    main(sys.argv[1:])
