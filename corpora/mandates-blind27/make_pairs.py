"""Build the twenty-seventh blind batch of mandate/plan pairs under corpora/mandates-blind27/ and their gold.

Written on 2026-12-04 without reading plancheck's code, from how mandates are really delivered:
a bokmål UTTALELSE FRA STATSFORVALTEREN after offentlig ettersyn (Word → PDF) whose
'Innsigelser' end in "Innsigelsen kan løses ved at …" and whose 'Faglige råd' say "Vi råder
kommunen til å …", with a 'Til orientering' section that is none; a nynorsk TILDELINGSBREV from a
fylkeskommune to its fylkesarkiv (Writer → PDF) with a budget table, a 'Mål og styringsparametrar'
table (none), an oppdrag table whose one cell holds the plan's "Planen skal …" sentences, and a
'Rapporteringskrav' section with one requirement among reporting that is none; a Swedish
GRANSKNINGSRAPPORT from the förtroendevalda revisorerna (audit firm, reportlab) whose
recommendations to the socialnämnd are the points, repeated in short form in the summary, one
recommendation to the kommunstyrelse none; a Danish SKABELON for udviklingsplaner (Word → PDF,
da-DK) whose 'Vejledning' boxes hold the points, an optional section and an 'Eksempel' none;
and an English INTERNAL AUDIT REPORT (Word → PDF, en-GB) with an assurance opinion and a
'Management action plan' table whose rows are the points, one row owned by HR outside the
service none.

    python corpora/mandates-blind27/make_pairs.py               # all pairs
    python corpora/mandates-blind27/make_pairs.py --verify      # gold quotes against pdftotext

Imports the twentieth batch's builder (corpora/mandates-blind20/make_pairs.py) and through it
the earlier ones; nothing of the earlier batches is edited.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "mandates-blind"))
sys.path.insert(0, str(HERE.parent / "scripts"))

import pairkit as pk  # noqa: E402

_b20 = pk.load_module("mandates_blind20_make_pairs", HERE.parent / "mandates-blind20" / "make_pairs.py")
P, build_rl_pdf = _b20.P, _b20.build_rl_pdf

PAIRS, pair = pk.pair_registry()


# =========================================================================== 1 innsigelse (nb)
@pair
def innsigelse(d: Path) -> dict:
    i = {
        "2.1": "Innsigelsen kan løses ved at felt N3 tas ut av planen, eller ved at felt N3 "
               "avgrenses slik at den fulldyrka jorda på gnr. 14 bnr. 2 blir liggende utenfor "
               "byggeområdet.",
        "2.2": "Innsigelsen kan løses ved at det legges inn en hensynssone for flomfare langs "
               "Holtåa, med bestemmelser om at det ikke tillates bebyggelse lavere enn kote 24,5 "
               "og om at sikkerhet mot 200-årsflom skal dokumenteres i reguleringsplanene.",
        "2.3": "Innsigelsen kan løses ved at myra i felt N5 avsettes til grønnstruktur, eller "
               "ved at kommunen dokumenterer at utbyggingen kan skje uten at myra dreneres.",
        "3.1": "Vi råder kommunen til å stille krav om minst 30 prosent grøntareal på hver tomt "
               "og til å bevare kantvegetasjonen langs Holtåa.",
        "3.2": "Vi råder kommunen til å vurdere krav om solcelleanlegg på nye næringsbygg over "
               "1 000 m² BRA.",
        "3.3": "Vi råder kommunen til å sikre en trygg gang- og sykkelforbindelse fra Brattvik "
               "sentrum til næringsområdet.",
    }
    s1 = ("Vi ber om at det reviderte planforslaget sendes Statsforvalteren før det legges "
          "fram for kommunestyret til sluttbehandling.")
    m = [
        ("meta", "Statsforvalteren i Nordhei · Miljø- og landbruksavdelingen"),
        ("meta", "Vår dato: 09.01.2043 · Vår ref: 2042/8817 · Deres ref: 22/1406"),
        ("meta", "Brattvik kommune, Postboks 40, 8890 Brattvik"),
        ("title", "Kommunedelplan for Holtåsen næringsområde – uttalelse til offentlig "
                  "ettersyn – innsigelse"),
        ("p", "Vi viser til brev av 14. november 2042 med høring og offentlig ettersyn av "
              "kommunedelplan for Holtåsen næringsområde. Planen legger til rette for om lag "
              "180 dekar nytt næringsareal i fem felt, N1–N5, nord for Brattvik sentrum."),
        ("p", "Statsforvalteren har innsigelse til planforslaget på tre punkter, som går fram "
              "av kapittel 2. Faglige råd står i kapittel 3. Kommunen kan ikke vedta planen med "
              "de delene innsigelsene gjelder, før innsigelsene er løst."),
        ("h1", "1 Sammendrag"),
        ("p", "Vi har innsigelse til felt N3 (jordvern), til manglende sikring mot flom langs "
              "Holtåa og til felt N5 (myr). Vi har ikke merknader til felt N1, N2 og N4."),
        ("h1", "2 Innsigelser"),
        ("h2", "2.1 Jordvern – felt N3"),
        ("p", "Felt N3 omfatter 24 dekar fulldyrka jord på gnr. 14 bnr. 2. Det nasjonale "
              "jordvernmålet og jordloven § 9 tilsier at dyrka mark ikke skal omdisponeres når "
              "det finnes andre arealer. Planbeskrivelsen viser ikke at alternativer er vurdert. "
              "Statsforvalteren fremmer innsigelse til felt N3 av hensyn til jordvernet. " + i["2.1"]),
        ("h2", "2.2 Flom – Holtåa"),
        ("p", "Felt N2 og N4 grenser mot Holtåa, og NVEs aktsomhetskart viser at deler av "
              "feltene kan bli oversvømt. Planen har ingen hensynssone eller bestemmelser om "
              "flom. Statsforvalteren fremmer innsigelse etter plan- og bygningsloven § 5-4 av "
              "hensyn til samfunnssikkerheten. " + i["2.2"]),
        ("h2", "2.3 Naturmangfold – felt N5"),
        ("p", "Om lag 15 dekar av felt N5 er intakt myr. Myr lagrer store mengder karbon, og "
              "statlige planretningslinjer for klima- og energiplanlegging sier at nedbygging "
              "av myr skal unngås. Konsekvensutredningen omtaler ikke myra. Statsforvalteren "
              "fremmer innsigelse til felt N5. " + i["2.3"]),
        ("h1", "3 Faglige råd"),
        ("p", "Rådene nedenfor er ikke innsigelser. Vi ber kommunen vurdere dem før planen "
              "sluttbehandles."),
        ("h2", "3.1 Grønnstruktur"),
        ("p", "Næringsområder med store tette flater gir mer overvann. " + i["3.1"]),
        ("h2", "3.2 Energi"),
        ("p", "Store flate tak egner seg godt for solenergi. " + i["3.2"]),
        ("h2", "3.3 Barn, unge og myke trafikanter"),
        ("p", "Det er i dag ingen fortau langs fv. 812 mellom sentrum og Holtåsen. " + i["3.3"]),
        ("h1", "4 Til orientering"),
        ("p", "Dersom innsigelsene ikke blir løst, må saken sendes til mekling hos "
              "Statsforvalteren og eventuelt til Kommunal- og distriktsdepartementet. "
              "Fylkeskommunen uttaler seg om kulturminner i eget brev. " + s1),
        ("p", "Med hilsen Ingrid Solbakk (e.f.), miljødirektør · Per Arne Moe, seniorrådgiver. "
              "Dokumentet er elektronisk godkjent."),
    ]
    _b20.build_pdf_l(m, d / "mandate.pdf", word_lang="nb",
                     title="Kommunedelplan for Holtåsen næringsområde – uttalelse – innsigelse",
                     author="Statsforvalteren i Nordhei",
                     header="Statsforvalteren i Nordhei · Vår ref: 2042/8817")
    p = [
        ("title", "Kommunedelplan for Holtåsen næringsområde – planbeskrivelse"),
        ("meta", "Brattvik kommune · Revidert planforslag etter offentlig ettersyn, 10. mars "
                 "2043 · Saksnr. 22/1406"),
        ("h1", "1 Hovedgrep"),
        ("p", "Planen legger til rette for nytt næringsareal nord for Brattvik sentrum. Etter "
              "det offentlige ettersynet er planen endret på flere punkter. Alle endringene i "
              "bestemmelsene er listet i vedlegg 1."),
        ("h1", "2 Landbruk"),
        ("p", "Felt N3 er redusert fra 62 til 38 dekar. Den nye grensen er trukket langs "
              "gårdsvegen, slik at ingen dyrka mark på gnr. 14/2 inngår i byggeområdet. Arealet "
              "som er tatt ut, er lagt tilbake til landbruk."),
        ("h1", "3 Flom og overvann"),
        ("p", "Langs Holtåa er det lagt inn en hensynssone for flomfare (H320) på 40 meter. "
              "Innenfor sonen tillates ikke ny bebyggelse."),
        ("h1", "4 Natur"),
        ("p", "Konsekvensene for myra i felt N5 vil bli vurdert når feltet skal reguleres."),
        ("h1", "5 Energi"),
        ("p", "Flere av bedriftene på Holtåsen har allerede solceller på taket, og kommunen "
              "ønsker mer lokal energiproduksjon."),
        ("h1", "6 Trafikk"),
        ("p", "Det skal bygges fortau langs Holtåsvegen gjennom hele næringsområdet før felt "
              "N4 tas i bruk."),
        ("h1", "7 Kulturminner"),
        ("p", "Det er ikke kjente automatisk fredete kulturminner i planområdet. Fylkeskommunen "
              "har ikke merknader."),
        ("h1", "8 Planprosess"),
        ("p", "Planforslaget lå ute til offentlig ettersyn fra 14. november 2042 til 9. januar "
              "2043. Det reviderte planforslaget ble sendt Statsforvalteren 3. mars 2043, før "
              "sluttbehandlingen i kommunestyret i april."),
        ("break",),
        ("h1", "Vedlegg 1 Endringer i bestemmelsene etter offentlig ettersyn"),
        ("table", ["Bestemmelse", "Endring"],
         [["§ 2.3 Felt N3", "Feltgrensen flyttet til gårdsvegen."],
          ["§ 3.4 Grønnstruktur", "Minst 30 % av hver tomt skal være grøntareal. Kantsonen "
                                  "langs Holtåa, 20 meter, skal bevares med naturlig "
                                  "vegetasjon."],
          ["§ 5.1 Hensynssone H320", "Ny bestemmelse: ingen ny bebyggelse i sonen."],
          ["§ 6.2 Rekkefølge", "Fortau langs Holtåsvegen før felt N4 tas i bruk."]],
         [45, 115]),
    ]
    build_rl_pdf(d / "plan.pdf", title="Kommunedelplan for Holtåsen næringsområde",
                 author="Brattvik kommune", creator="Brattvik kommune, plan og utvikling",
                 running="Brattvik kommune · Kommunedelplan for Holtåsen næringsområde",
                 blocks=p, page_word="Side")
    g = [
        P("2.1", i["2.1"], "content", "covered", ev="Felt N3 er redusert fra 62 til 38 dekar",
          trap="an INNSIGELSE in a statsforvalter's uttalelse: the point is the condition "
          "'Innsigelsen kan løses ved at …' at the end of the paragraph; the background, the "
          "legal grounds and 'fremmer innsigelse' are none. Answered in other words (the N3 "
          "boundary moved to the gårdsveg, no dyrka mark in the byggeområde)"),
        P("2.2", i["2.2"], "content", "partial", ev="Langs Holtåa er det lagt inn en "
          "hensynssone", missing=["bestemmelse om laveste kote 24,5 for bebyggelse",
                                  "krav om dokumentasjon av sikkerhet mot 200-årsflom i "
                                  "reguleringsplanene"],
          trap="the hensynssone is there (40 m, no new building), the kote and the "
          "documentation requirement are not"),
        P("2.3", i["2.3"], "content", "uncovered",
          trap="ASSESSMENT answered only by a deferral: 'Konsekvensene for myra i felt N5 vil "
          "bli vurdert når feltet skal reguleres' (neither grønnstruktur nor documentation)"),
        P("3.1", i["3.1"], "content", "covered", ev="Bestemmelse Endring",
          trap="a FAGLIG RÅD counted as a point (see conventions); answered ONLY in the "
          "appendix table 'Vedlegg 1' on page 2 (§ 3.4, 30 %, kantsone 20 m)"),
        P("3.2", i["3.2"], "content", "uncovered",
          trap="shared words only: 'Flere av bedriftene på Holtåsen har allerede solceller på "
          "taket' — no requirement is considered"),
        P("3.3", i["3.3"], "content", "partial", ev="Det skal bygges fortau langs Holtåsvegen",
          missing=["forbindelsen fra Brattvik sentrum langs fv. 812 til næringsområdet"],
          trap="a fortau inside the area only; the stretch the advice is about (sentrum → "
          "Holtåsen) is not"),
        P("S1", s1, "process", "covered", ev="Planforslaget lå ute til offentlig ettersyn",
          trap="a request in 'Til orientering' between sentences that inform (mekling, the "
          "fylkeskommune's own letter: none); answered in the plan's process chapter "
          "'Planprosess'. The plan's 'Kulturminner' section answers a non-point"),
    ]
    return dict(language="nb", mandate="mandate.pdf", plan="plan.pdf",
                drop=("Statsforvalteren i Nordhei · Vår ref: 2042/8817",),
                producer="statsforvalter's uttalelse til offentlig ettersyn exported from Word: "
                "'2 Innsigelser' 2.1–2.3 ending in 'Innsigelsen kan løses ved at …', '3 Faglige "
                "råd' 3.1–3.3 'Vi råder kommunen til å …', '4 Til orientering' with one request; "
                "plan the revised planbeskrivelse laid out with reportlab, an appendix table on "
                "page 2", points=g)


# =========================================================================== 2 arkivplan (nn)
@pair
def arkivplan(d: Path) -> dict:
    order = ("Fylkesarkivet skal i 2043 lage ein plan for digitalisering av dei eldre kommunale "
             "arkiva i depotet.")
    o1 = [
        "Planen skal prioritere kva for arkiv som skal digitaliserast først, ut frå kor mykje "
        "dei blir brukte og kor skjøre dei er.",
        "Planen skal rekne ut kostnadene ved digitaliseringa, fordelte på skanning, "
        "registrering og lagring.",
        "Planen skal vise korleis personopplysningar i arkiva skal skjermast før materialet "
        "blir publisert på nett.",
        "Planen skal vise korleis styringsparameteren om digitaliserte sider kan nå éin million "
        "sider innan utgangen av 2045.",
        "Planen skal lagast i samråd med dei sju kommunane som har arkiv i depotet.",
    ]
    s1 = "Planen i oppdrag O1 skal leggjast fram for hovudutval for kultur innan 1. november 2043."
    m = [
        ("meta", "Vågsfjell fylkeskommune · Fylkesdirektøren for kultur · Saksnr. 2043/211 · "
                 "Dato: 12.01.2043"),
        ("title", "Tildelingsbrev 2043 – Fylkesarkivet i Vågsfjell"),
        ("h1", "1 Innleiing"),
        ("p", "Fylkestinget vedtok budsjettet for 2043 i møte 12. desember 2042 (sak 88/42). "
              "Dette brevet gjev Fylkesarkivet ramme, mål, oppdrag og krav til rapportering for "
              "2043."),
        ("h1", "2 Budsjettramme"),
        ("table", ["Post", "Beløp (1 000 kr)"],
         [["Løn og drift", "14 820"], ["Depotavgift frå kommunane", "-2 150"],
          ["Eingongsløyving digitalisering", "1 500"], ["Netto ramme", "14 170"]], [90, 50]),
        ("h1", "3 Mål og styringsparametrar"),
        ("p", "Styringsparametrane måler kor godt Fylkesarkivet når måla. Det skal rapporterast "
              "på dei i årsrapporten."),
        ("table", ["Mål", "Styringsparameter", "Resultatkrav 2043"],
         [["Arkiva er tilgjengelege for alle", "Del av depotarkiva som er registrerte i "
           "Arkivportalen", "85 %"],
          ["Arkiva er tilgjengelege for alle", "Tal på digitaliserte sider", "300 000"],
          ["Publikum får god service", "Svartid på førespurnader om innsyn", "5 arbeidsdagar"]],
         [50, 65, 35]),
        ("h1", "4 Oppdrag"),
        ("table", ["Nr.", "Oppdrag", "Frist"],
         [["O1", order + " " + " ".join(o1), "1.11.2043"],
          ["O2", "Fylkesarkivet skal delta i arbeidet med ny regional kulturplan.", "Løpande"],
          ["O3", "Fylkesarkivet skal ta imot arkivet etter Vågsfjell trafikkselskap AS.",
           "31.12.2043"]],
         [12, 110, 28]),
        ("h1", "5 Rapporteringskrav"),
        ("p", "Fylkesarkivet rapporterer på økonomi og sjukefråvær i tertialrapportane per "
              "30. april og 31. august. Måloppnåinga for styringsparametrane skal gå fram av "
              "årsrapporten for 2043. " + s1),
        ("h1", "6 Fullmakter"),
        ("p", "Fylkesarkivaren har fullmakt til å tilsetje i ledige stillingar innanfor ramma."),
        ("p", "Med helsing Solveig Haugland, fylkesdirektør for kultur"),
    ]
    _b20.odt_to_pdf(m, d / "mandate.pdf", title="Tildelingsbrev 2043 – Fylkesarkivet i Vågsfjell",
                    lang="nn")
    p = [
        ("meta", "Fylkesarkivet i Vågsfjell · Plan 2043–2045 · Vedteken av fylkesarkivaren "
                 "15. oktober 2043"),
        ("h2", "Kvifor digitalisere?"),
        ("p", "Depotet har om lag 1 100 hyllemeter papirarkiv frå kommunane. Mange vil lese "
              "arkiva utan å reise til lesesalen, og noko av papiret toler ikkje meir bruk."),
        ("h2", "Kva tek vi først?"),
        ("p", "Vi startar med formannskapsprotokollane og skulearkiva, fordi dei er mest "
              "etterspurde på lesesalen. Deretter kjem dei eldste byggjesakene, der papiret "
              "smuldrar. Fotoarkiva kjem sist."),
        ("h2", "Personvern"),
        ("p", "Materiale med teiepliktige opplysningar blir ikkje publisert på nett."),
        ("h2", "Økonomi"),
        ("p", "Kostnadene blir rekna ut når anbodet på skanning er avgjort i 2044."),
        ("h2", "Arkivportalen"),
        ("p", "Ved utgangen av august var 81 prosent av depotarkiva registrerte i "
              "Arkivportalen."),
        ("h2", "Regional kulturplan"),
        ("p", "Fylkesarkivet deltek i arbeidsgruppa for ny regional kulturplan."),
        ("h2", "Arbeidet med planen"),
        ("p", "Utkastet vart drøfta på eit møte med arkivleiarane i alle dei sju kommunane med "
              "arkiv i depotet 6. juni 2043, og innspela deira er tekne inn. Planen blir send "
              "til fylkesdirektøren for kultur."),
        ("break",),
        ("h2", "Vedlegg: Digitaliserte sider år for år"),
        ("table", ["År", "Nye sider", "Sum ved årsslutt"],
         [["2043", "300 000", "300 000"], ["2044", "350 000", "650 000"],
          ["2045", "350 000", "1 000 000"]]),
    ]
    _b20.web_pdf(d / "plan.pdf", title="Plan for digitalisering av kommunale arkiv 2043–2045",
                 nav="Vågsfjell fylkeskommune · Kultur · Fylkesarkivet", foot="Sist oppdatert "
                 "16. oktober 2043 · Fylkesarkivet i Vågsfjell", blocks=p, lang="nn",
                 accent="#3b4a1f")
    g = [
        P("O1.1", o1[0], "content", "covered", ev="Vi startar med formannskapsprotokollane",
          trap="a 'Planen skal …' sentence inside the O1 cell of a TILDELINGSBREV's oppdrag "
          "table, numbered O1.position; the cell's first sentence (the order itself) is none. "
          "Answered in other words (mest etterspurde, papiret smuldrar)"),
        P("O1.2", o1[1], "content", "uncovered",
          trap="COST answered only by a deferral: 'Kostnadene blir rekna ut når anbodet på "
          "skanning er avgjort i 2044'"),
        P("O1.3", o1[2], "content", "partial", ev="Materiale med teiepliktige opplysningar",
          missing=["korleis personopplysningane skal skjermast (gjennomgang, sladding) i "
                   "materiale som blir publisert"],
          trap="says what is not published, not how the rest is screened"),
        P("O1.4", o1[3], "content", "covered", ev="År Nye sider Sum ved årsslutt",
          trap="answered ONLY in the appendix table on page 2 (pages per year, 1 000 000 by "
          "2045). The styringsparametrar table itself is none (see conventions); the plan's "
          "'Arkivportalen' line answers a non-point"),
        P("O1.5", o1[4], "process", "covered", ev="Utkastet vart drøfta på eit møte",
          trap="answered in the plan's process section 'Arbeidet med planen' (all seven)"),
        P("S1", s1, "process", "uncovered",
          trap="one sentence of 'Rapporteringskrav' among reporting that is none (tertial, "
          "årsrapport); shared words only: 'Planen blir send til fylkesdirektøren for kultur' "
          "and the meta line's 'Vedteken av fylkesarkivaren' are no hovudutval. O2 (regional "
          "kulturplan) and O3 are none; the plan's 'Regional kulturplan' answers a non-point"),
    ]
    return dict(language="nn", mandate="mandate.pdf", plan="plan.pdf",
                producer="tildelingsbrev written in Writer (nn) and exported by LibreOffice: "
                "budget table, 'Mål og styringsparametrar' table (none), oppdrag table O1–O3 "
                "whose O1 cell holds five 'Planen skal …' sentences, one requirement in "
                "'Rapporteringskrav'; plan the fylkeskommune's web page printed with Chromium, "
                "an appendix table on page 2", points=g)


# =========================================================================== 3 utbetalningar (sv)
@pair
def utbetalningar(d: Path) -> dict:
    rec = [
        "säkerställa att uppgifter om inkomster kontrolleras mot Försäkringskassan och "
        "Skatteverket vid varje nyansökan",
        "ta fram en rutin för hur misstänkta brott mot bidragsbrottslagen ska anmälas",
        "genomföra regelbundna stickprovskontroller av både beslut och utbetalningar",
        "utbilda handläggarna i att upptäcka felaktiga utbetalningar",
        "bedöma hur stora de felaktiga utbetalningarna är och vad de kostar kommunen",
    ]
    ks = "se över behörigheterna i ekonomisystemet så att ingen ensam kan registrera och attestera en utbetalning"
    s1 = "Revisorerna önskar socialnämndens svar senast den 31 maj 2043."
    m = [
        ("meta", "Ålbacka kommun · De förtroendevalda revisorerna · Granskningsrapport 2043:2"),
        ("title", "Granskning av socialnämndens arbete mot felaktiga utbetalningar av "
                  "ekonomiskt bistånd"),
        ("meta", "Utförd av Ekholm & Lind Revision AB på uppdrag av revisorerna · Februari 2043"),
        ("h1", "Missiv"),
        ("p", "Revisorerna har granskat om socialnämnden har en tillräcklig intern kontroll för "
              "att förebygga och upptäcka felaktiga utbetalningar av ekonomiskt bistånd. "
              "Rapporten överlämnas till socialnämnden och kommunstyrelsen. " + s1),
        ("h1", "1 Sammanfattning"),
        ("p", "Vår samlade bedömning är att socialnämnden delvis har en tillräcklig intern "
              "kontroll. Kontrollerna vid nyansökan görs olika av olika handläggare, det finns "
              "ingen rutin för polisanmälan och ingen vet hur stora de felaktiga "
              "utbetalningarna är. I korthet rekommenderar vi nämnden att kontrollera "
              "inkomster, införa en anmälningsrutin, ta stickprov, utbilda personalen och "
              "bedöma omfattningen."),
        ("h1", "2 Revisionsfrågor och bedömning"),
        ("table", ["Revisionsfråga", "Bedömning"],
         [["Finns ändamålsenliga rutiner för kontroll vid ansökan?", "Delvis"],
          ["Anmäls misstänkta bidragsbrott?", "Nej"],
          ["Följer nämnden upp beslut och utbetalningar?", "Delvis"],
          ["Är behörigheterna i ekonomisystemet ändamålsenliga?", "Nej"]], [110, 40]),
        ("h1", "3 Iakttagelser"),
        ("p", "Av 40 granskade akter saknades kontroll mot Försäkringskassan i elva. Under 2042 "
              "gjordes ingen polisanmälan, fast handläggarna misstänkte fusk i minst fem "
              "ärenden. Två medarbetare i ekonomienheten kan både registrera och attestera "
              "utbetalningar."),
        ("h1", "4 Rekommendationer"),
        ("p", "Utifrån granskningen rekommenderar vi socialnämnden att:"),
        *[("p", f"{n}. {t}") for n, t in enumerate(rec, 1)],
        ("p", "Vi rekommenderar kommunstyrelsen att " + ks + "."),
        ("p", "Ålbacka den 20 februari 2043 · Karin Ekholm, certifierad kommunal revisor"),
    ]
    build_rl_pdf(d / "mandate.pdf", title="Granskning av arbetet mot felaktiga utbetalningar",
                 author="Ekholm & Lind Revision AB", creator="Ekholm & Lind Revision AB",
                 running="Ålbacka kommun · Granskningsrapport 2043:2", blocks=m,
                 page_word="Sida")
    p = [
        ("title", "Handlingsplan mot felaktiga utbetalningar av ekonomiskt bistånd"),
        ("meta", "Ålbacka kommun · Socialnämnden · Antagen 24 maj 2043, § 61, som nämndens svar "
                 "på revisorernas granskning"),
        ("h1", "1 Bakgrund"),
        ("p", "Revisorerna granskade under våren nämndens arbete mot felaktiga utbetalningar. "
              "Den här planen beskriver vad nämnden gör med anledning av granskningen."),
        ("h1", "2 Kontroll vid ansökan"),
        ("p", "Vid varje ny ansökan hämtar handläggaren uppgifter om lön, pension och "
              "ersättningar från Försäkringskassan och Skatteverket via SSBTEK innan beslut "
              "fattas. Kontrollen dokumenteras i akten."),
        ("h1", "3 Uppföljning"),
        ("p", "Enhetschefen går varje kvartal igenom tio slumpvis valda beslut."),
        ("h1", "4 Kompetens"),
        ("p", "Handläggarna har påtalat att felaktiga utbetalningar tar mycket tid i "
              "handläggningen."),
        ("h1", "5 Omfattning"),
        ("p", "En bedömning av hur stora de felaktiga utbetalningarna är görs i samband med "
              "nämndens internkontrollplan för 2044."),
        ("h1", "6 Ekonomisystemet"),
        ("p", "Behörigheterna i ekonomisystemet är kommunstyrelsens ansvar."),
        ("h1", "Bilaga Nya rutiner"),
        ("table", ["Rutin", "Ansvar", "Klar"],
         [["Kontroll mot SSBTEK vid nyansökan", "Handläggare", "Juni 2043"],
          ["Anmälan till polisen vid misstänkt bidragsbrott enligt bidragsbrottslagen",
           "Enhetschef", "September 2043"],
          ["Kvartalsvis genomgång av beslut", "Enhetschef", "September 2043"]],
         [80, 40, 30]),
    ]
    _b20.odt_to_pdf(p, d / "plan.pdf", title="Handlingsplan mot felaktiga utbetalningar",
                    lang="sv")
    g = [
        P("1", rec[0], "content", "covered", ev="Vid varje ny ansökan hämtar handläggaren",
          trap="a recommendation to the socialnämnd in '4 Rekommendationer' of a "
          "GRANSKNINGSRAPPORT; the short form of the same recommendations in the Sammanfattning "
          "is none (not counted twice). Answered in other words (SSBTEK, before beslut)"),
        P("2", rec[1], "content", "covered", ev="Anmälan till polisen vid misstänkt bidragsbrott",
          trap="answered ONLY in the table of the appendix 'Bilaga Nya rutiner' (anmälan till "
          "polisen … enligt bidragsbrottslagen)"),
        P("3", rec[2], "content", "partial", ev="Enhetschefen går varje kvartal igenom",
          missing=["stickprov av utbetalningarna"],
          trap="decisions are sampled, payments are not, though the recommendation says both"),
        P("4", rec[3], "content", "uncovered",
          trap="shared words only: the section 'Kompetens' says 'Handläggarna har påtalat att "
          "felaktiga utbetalningar tar mycket tid'; no training"),
        P("5", rec[4], "content", "uncovered",
          trap="ASSESSMENT answered only by a deferral: 'En bedömning … görs i samband med "
          "nämndens internkontrollplan för 2044'"),
        P("S1", s1, "process", "covered", ev="Ålbacka kommun · Socialnämnden · Antagen 24 maj",
          trap="a sentence of the Missiv; answered only in the meta line (antagen 24 maj, as "
          "the nämnd's svar). The recommendation to the kommunstyrelse (behörigheter) is none "
          "— another body's task; the plan's 'Ekonomisystemet' answers a non-point. The "
          "Revisionsfrågor table and the Iakttagelser are none"),
    ]
    return dict(language="sv", mandate="mandate.pdf", plan="plan.pdf",
                drop=("Ålbacka kommun · Granskningsrapport 2043:2",),
                producer="granskningsrapport of the förtroendevalda revisorerna laid out by the "
                "audit firm (reportlab, 'Sida n'): missiv with one requirement, summary "
                "repeating the recommendations in short, a bedömning table, '4 "
                "Rekommendationer' 1.–5. to the socialnämnd and one to the kommunstyrelse "
                "(none); plan written in Writer and exported by LibreOffice, an appendix table",
                points=g)


# =========================================================================== 4 bondegaard (da)
@pair
def bondegaard(d: Path) -> dict:
    v = {
        "1": "Beskriv anlæggets bygninger og deres tilstand, herunder resultatet af den seneste "
             "tilstandsvurdering.",
        "2": "Beskriv hvem der bruger anlægget, og hvor mange besøgende der har været i hvert af "
             "de seneste tre år.",
        "3": "Angiv højst fem mål for planperioden, og beskriv hvordan hvert mål følges op.",
        "4": "Beskriv de økonomiske konsekvenser af planen, og angiv behovet for anlægsmidler år "
             "for år.",
        "6": "Beskriv hvordan brugere og medarbejdere er inddraget i arbejdet med planen.",
    }
    s1 = "Planen skal godkendes i det stående udvalg inden den 1. oktober 2043."
    m = [
        ("meta", "Sønderlund Kommune · Økonomi og Styring · Skabelon, version 2.1, marts 2043"),
        ("title", "Skabelon: Udviklingsplan for institutioner og anlæg 2044–2047"),
        ("h1", "Om skabelonen"),
        ("p", "Alle kommunens institutioner og anlæg udarbejder en udviklingsplan efter denne "
              "skabelon. Vejledningsteksten slettes, når planen skrives. Afsnit markeret "
              "(valgfrit) kan udelades. " + s1),
        ("h1", "1 Bygninger og tilstand"),
        ("table", ["Vejledning"], [[v["1"]]], [160]),
        ("h1", "2 Brugere"),
        ("table", ["Vejledning"], [[v["2"]]], [160]),
        ("h1", "3 Mål"),
        ("table", ["Vejledning"], [[v["3"] + " Eksempel: »Vi vil øge antallet af besøgende "
                                    "skoleklasser med 20 procent.«"]], [160]),
        ("h1", "4 Økonomi"),
        ("table", ["Vejledning"], [[v["4"]]], [160]),
        ("h1", "5 Samarbejde (valgfrit)"),
        ("table", ["Vejledning"], [["Beskriv samarbejdet med foreninger, skoler og andre "
                                    "institutioner."]], [160]),
        ("h1", "6 Inddragelse"),
        ("table", ["Vejledning"], [[v["6"]]], [160]),
        ("p", "Spørgsmål til skabelonen: Økonomi og Styring, styring@sonderlund.dk."),
    ]
    _b20.build_pdf_l(m, d / "mandate.pdf", word_lang="da",
                     title="Skabelon: Udviklingsplan for institutioner og anlæg",
                     author="Sønderlund Kommune", header="Sønderlund Kommune · Skabelon for "
                     "udviklingsplaner", lang="da-DK")
    p = [
        ("meta", "Godkendt i Udvalget for Natur og Fritid 17. september 2043 · Børnenes "
                 "Bondegård Engbjerg"),
        ("h2", "Bondegården i dag"),
        ("p", "Børnenes Bondegård Engbjerg har en kostald fra 1968, et hønsehus, en lade med "
              "undervisningsrum og en fold ved bækken. Ved tilstandsvurderingen i 2042 fik "
              "kostalden karakter 3 (dårlig) på grund af taget og gulvet, mens laden fik "
              "karakter 2."),
        ("h2", "Hvem kommer her?"),
        ("p", "Skoleklasser, dagplejere og børnehaver fra hele kommunen besøger bondegården, "
              "og i weekenderne er den åben for familier. Besøgstallene står i bilaget."),
        ("h2", "Vores mål 2044–2047"),
        ("p", "Vi vil have alle kommunens 2. klasser på besøg hvert år. Vi vil tilbyde et "
              "forløb om madens vej fra jord til bord i samarbejde med skolerne. Vi vil have "
              "flere gamle danske husdyrracer."),
        ("h2", "Økonomi"),
        ("p", "Økonomien afklares i budgetlægningen for 2045."),
        ("h2", "Foreninger"),
        ("p", "Spejderne og 4H-klubben låner laden flere gange om året."),
        ("h2", "Sådan er planen blevet til"),
        ("p", "Planen er skrevet af bondegårdens leder og drøftet på to personalemøder i "
              "foråret 2043."),
        ("break",),
        ("h2", "Bilag: Besøgende 2040–2042"),
        ("table", ["År", "Skoleklasser", "Dagtilbud", "Besøgende i alt"],
         [["2040", "212", "96", "6 480"], ["2041", "238", "104", "7 150"],
          ["2042", "251", "117", "7 720"]]),
    ]
    _b20.web_pdf(d / "plan.pdf", title="Udviklingsplan for Børnenes Bondegård Engbjerg "
                 "2044–2047", nav="Sønderlund Kommune · Natur og fritid · Børnenes Bondegård", foot="Sidst opdateret "
                 "18. september 2043 · Sønderlund Kommune", blocks=p, lang="da",
                 accent="#2e6b3a")
    g = [
        P("1", v["1"], "content", "covered", ev="Børnenes Bondegård Engbjerg har en kostald",
          trap="the instruction in the 'Vejledning' box under a heading of a SKABELON, "
          "numbered by its section; answered in other words (buildings, karakter 3 and 2)"),
        P("2", v["2"], "content", "covered", ev="År Skoleklasser Dagtilbud",
          trap="who uses it in the text; the visitor numbers per year ONLY in the appendix "
          "table 'Bilag' on page 2"),
        P("3", v["3"], "content", "partial", ev="Vi vil have alle kommunens 2. klasser",
          missing=["hvordan hvert mål følges op"],
          trap="three mål, no follow-up. The box's 'Eksempel: »…«' is none"),
        P("4", v["4"], "content", "uncovered",
          trap="COST answered only by a deferral: 'Økonomien afklares i budgetlægningen for "
          "2045', though the tilstandsvurdering shows a roof and a floor to pay for"),
        P("6", v["6"], "process", "partial", ev="Planen er skrevet af bondegårdens leder",
          missing=["inddragelse af brugerne (skoler, dagtilbud)"],
          trap="answered in the plan's process section 'Sådan er planen blevet til' for the "
          "staff only. Section 5 (valgfrit) is none (the skabelon lets it out); the plan's "
          "'Foreninger' answers a non-point"),
        P("S1", s1, "process", "covered", ev="Godkendt i Udvalget for Natur og Fritid",
          trap="a rule in 'Om skabelonen' for every plan written from it; answered only in the "
          "meta line (17. september 2043, Udvalget for Natur og Fritid = the standing "
          "committee)"),
    ]
    return dict(language="da", mandate="mandate.pdf", plan="plan.pdf",
                drop=("Sønderlund Kommune · Skabelon for udviklingsplaner",),
                producer="skabelon for udviklingsplaner exported from Word (da-DK): six "
                "headings, each with a 'Vejledning' box (a two-row table, shaded head), one section "
                "'(valgfrit)', an 'Eksempel', one rule in 'Om skabelonen'; plan the "
                "municipality's web page printed with Chromium, an appendix table on page 2",
                points=g)


# =========================================================================== 5 lone-working (en)
@pair
def lone_working(d: Path) -> dict:
    r = {
        "R1": "Carry out and record a lone working risk assessment for every role that "
              "involves visits to residents' homes or remote sites.",
        "R2": "Introduce a check-in and check-out procedure for all lone visits, with a named "
              "buddy and an escalation route if a worker does not check in.",
        "R3": "Keep a register of addresses where staff have been threatened or abused, and "
              "review it at least every six months.",
        "R4": "Assess the costs and benefits of issuing lone worker alarm devices to staff who "
              "visit homes.",
        "R5": "Provide personal safety training for all lone workers, with a refresher every "
              "three years.",
    }
    r6 = "Update the corporate Lone Working Policy, last reviewed in 2036."
    s1 = ("Management should report progress on the agreed actions to the Audit and "
          "Governance Committee by 31 March 2044.")

    def row(k, pri, resp, off, date):
        return [k, r.get(k, r6), pri, resp, off, date]

    m = [
        ("meta", "Thornvale District Council · Internal Audit Service · Final report"),
        ("title", "Internal Audit Report: Lone Working – Environmental Health and Housing"),
        ("table", ["Audit sponsor", "Status", "Issued"],
         [["Head of Environmental Health and Housing", "Final", "14 July 2043"]], [70, 40, 50]),
        ("h1", "1 Executive summary"),
        ("p", "The service employs 46 officers who visit homes, empty properties and remote "
              "sites on their own. We found that risk assessments are out of date, that "
              "officers do not always tell anyone where they are, and that information about "
              "violent addresses is held in personal notebooks. " + s1),
        ("h1", "2 Assurance opinion"),
        ("p", "Limited assurance. There are significant weaknesses in the framework of "
              "control that put the safety of staff at risk. Lone working in the waste and "
              "street cleansing contract was outside the scope."),
        ("h1", "Appendix A Management action plan"),
        ("p", "Priority 1: fundamental weakness, act within three months. Priority 2: "
              "significant weakness, act within six months. Priority 3: improvement."),
        ("table", ["Ref", "Recommendation", "Priority", "Response", "Owner", "Target date"],
         [row("R1", "1", "Agreed", "Service Manager (Housing)", "31/10/2043"),
          row("R2", "1", "Agreed", "Service Manager (Env. Health)", "31/10/2043"),
          row("R3", "2", "Agreed", "Service Manager (Env. Health)", "31/12/2043"),
          row("R4", "2", "Agreed", "Head of Service", "31/01/2044"),
          row("R5", "3", "Agreed", "Head of Service", "31/03/2044"),
          row("R6", "2", "Agreed", "Head of HR", "31/03/2044")],
         [10, 62, 15, 19, 25, 23]),
    ]
    _b20.build_pdf_l(m, d / "mandate.pdf", word_lang="en",
                     title="Internal Audit Report: Lone Working", author="Thornvale District "
                     "Council", header="Thornvale DC · Internal Audit · Lone Working", lang="en-GB")
    p = [
        ("title", "Lone Working Plan 2043–2045"),
        ("meta", "Thornvale District Council · Environmental Health and Housing · Version 1.0, "
                 "October 2043"),
        ("h1", "1 Purpose"),
        ("p", "This plan sets out how the service keeps officers safe when they work alone. It "
              "responds to the internal audit of July 2043."),
        ("h1", "2 Risk assessment"),
        ("p", "The roles that work alone and their main risks are listed in Appendix 1."),
        ("h1", "3 Before and after a visit"),
        ("p", "Officers record each lone visit in the shared calendar and name a buddy for the "
              "day. They text the buddy when they arrive and when they leave."),
        ("h1", "4 Flagged addresses"),
        ("p", "Addresses where an officer has been threatened or abused are flagged in the "
              "case management system. The list is checked by the team leaders every January "
              "and July."),
        ("h1", "5 Alarm devices"),
        ("p", "The costs of alarm devices will be assessed in the 2044/45 budget round."),
        ("h1", "6 Training"),
        ("p", "Several officers have asked for personal safety training."),
        ("h1", "7 Corporate policy"),
        ("p", "The corporate Lone Working Policy is owned by HR."),
        ("h1", "8 How we prepared this plan"),
        ("p", "The plan was drafted by the two service managers with the union safety "
              "representative. Progress on every audit action will be reported to the Audit "
              "and Governance Committee in February 2044."),
        ("break",),
        ("h1", "Appendix 1 Lone working risk assessments by role"),
        ("table", ["Role", "Main risks", "Assessed"],
         [["Housing standards officer", "Aggressive tenants, dogs", "Sept 2043"],
          ["Environmental health officer", "Food premises at night, aggression", "Sept 2043"],
          ["Empty homes officer", "Unsafe buildings, squatters", "Sept 2043"],
          ["Pest control technician", "Remote sites, chemicals", "Sept 2043"]],
         [50, 70, 30]),
    ]
    _b20.build_pdf_l(p, d / "plan.pdf", word_lang="en", title="Lone Working Plan 2043–2045",
                     author="Thornvale District Council", header="Thornvale District Council · "
                     "Lone Working Plan", lang="en-GB")
    g = [
        P("R1", r["R1"], "content", "covered", ev="Role Main risks Assessed",
          trap="a row of the 'Management action plan' table of an INTERNAL AUDIT REPORT, "
          "numbered by Ref; the text only points to Appendix 1; the assessments (role, main "
          "risks, date assessed) stand ONLY in the appendix table on page 2"),
        P("R2", r["R2"], "content", "partial", ev="Officers record each lone visit",
          missing=["what happens when an officer does not check in (escalation route)"],
          trap="check-in, check-out and a buddy, no escalation"),
        P("R3", r["R3"], "content", "covered", ev="Addresses where an officer has been",
          trap="answered in other words (flagged in the case system, checked January and "
          "July)"),
        P("R4", r["R4"], "content", "uncovered",
          trap="COST/ASSESSMENT answered only by a deferral: 'will be assessed in the 2044/45 "
          "budget round'"),
        P("R5", r["R5"], "content", "uncovered",
          trap="shared words only: 'Several officers have asked for personal safety "
          "training'"),
        P("S1", s1, "process", "covered", ev="The plan was drafted by the two service",
          trap="a sentence at the end of the executive summary; answered in the plan's process "
          "chapter 'How we prepared this plan' (February 2044). R6 (Head of HR, the corporate "
          "policy) is none: another owner than the service whose plan this is; the plan's "
          "'Corporate policy' answers a non-point. The priority key, the assurance opinion "
          "and the scope (waste contract outside) are none"),
    ]
    return dict(language="en", mandate="mandate.pdf", plan="plan.pdf",
                drop=("Thornvale DC · Internal Audit · Lone Working",),
                producer="internal audit report exported from Word (en-GB, 'Page n of m'): "
                "sponsor table, executive summary with one requirement, assurance opinion, "
                "scope, 'Management action plan' table Ref | Recommendation | Priority | "
                "Response | Owner | Target date, R6 owned by HR "
                "(none); plan exported from Word (en-GB), an appendix table on page 2",
                points=g)


def main(argv: list[str]) -> None:
    """Build this folder's pairs and their gold, or --verify them (pairkit.mandates_main)."""
    pk.mandates_main(argv, here=HERE, pairs=PAIRS, b20=_b20, builder="corpora/mandates-blind27/make_pairs.py")


if __name__ == "__main__":
    main(sys.argv[1:])
