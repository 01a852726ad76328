"""Build the fifty-fifth blind batch of mandate/plan pairs under corpora/mandates-blind55/ and their gold.

Written on 2026-12-07 without reading plancheck's code. Mandates in five forms the earlier
batches did not use: bokmål REGULERINGSBESTEMMELSER of a detaljregulering (python-docx →
LibreOffice), whose points are the rekkefølgebestemmelse ordering a plan for the bygge- og
anleggsfase, its seven dashes and two sentences beside them, the other bestemmelser (purpose,
heights, parking, kulturminner, the 'bør' line) being none; a nynorsk UTSLEPPSLØYVE etter
forureiningslova from the Statsforvaltar (reportlab, a case system's letter), whose points are the
vilkår ordering a tiltaksplan for the leidningsnett, its lettered items and a sentence in the
covering letter, the other vilkår, the advice, the fee and the right of appeal being none; a
Swedish AVSIKTSFÖRKLARING between a kommun and a region (odfpy → LibreOffice), whose points are
the kommun's handlingsplan in § 5 and one sentence on the region's say, the region's own
undertakings, the joint follow-up and the 'not legally binding' clause being none; a Danish
GAVEBREV (deed of gift of land, python-docx → LibreOffice), whose points are the conditions on
the plejeplan in § 3 and § 4, the givers' non-binding wishes, tax, tilbagefald and tinglysning
being none; and a US MAYOR'S EXECUTIVE ORDER printed from the city's web site (HTML → Chromium),
whose points are the Heat Response Plan subsections, the WHEREAS clauses, the other departments'
duties and the general provisions being none. Plans answer as real ones do: headings that
restate a point in other words, answers in tables, process facts in the past tense, deferrals,
refusals, words shared without an answer, a late and a timely handling.

    python corpora/mandates-blind55/make_pairs.py               # all pairs
    python corpora/mandates-blind55/make_pairs.py --verify      # point texts and gold quotes
    python corpora/mandates-blind55/make_pairs.py --twice       # build twice, compare sha256

Imports the forty-seventh batch's builder through pairkit (its odfpy writer `odt_pdf`, its
layout check `expect_on_page` and its point-text check `check_texts`, pointed at this folder)
and, through it, the twentieth (P, verify, the construction check) and thirty-third batch's
document writers (docx_pdf, rl_pdf, html_pdf and the HTML helpers e, paras, table_html). The
HTML pages' CSS and markup (the city's order page, the kommun's plan page) are this batch's own.
Nothing of the earlier batches is edited.
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
    "anleggsfase": ("Lyngstad kommune · Reguleringsbestemmelser plan-ID 2054007",),
    "avlaup": ("Statsforvaltaren i Havbotn", "Vår ref. 2055/4471"),
    "pendlarparkering": ("Avsiktsförklaring pendlarparkering · Hammarnäs kommun och Region "
                         "Skogsland",),
    "gavebrev": ("Gavebrev – Bækkelund", "Advokatfirmaet Holm & Birk"),
    "heat-order": ("marlowfalls.gov/mayor/executive-orders/2055-07",),
}


# =========================================================================== 1 anleggsfase (nb)
@pair
def anleggsfase(d: Path) -> dict:
    dashes = [
        "anleggsvei, riggområde og lagerplasser, med inn- og utkjøring",
        "hvordan trygg skolevei for elevene ved Rødlia skole ivaretas gjennom hele "
        "anleggsperioden, med særlig vekt på krysset Solvangvegen–Rødliveien",
        "støyende arbeider og arbeidstider, i samsvar med retningslinje for behandling av støy i "
        "arealplanlegging (T-1442)",
        "tiltak mot støvflukt og tilsmussing av offentlig vei",
        "hvordan de tre eikene i område GV1 sikres mot skade på rotsone, stamme og krone",
        "massehåndtering, herunder mengder, mellomlagring og mottak for overskuddsmasser og "
        "eventuelt forurensede masser",
        "hvordan naboer, skolen og barnehagen varsles før særlig støyende arbeider som sprenging "
        "og pigging",
    ]
    s1 = ("Før det gis igangsettingstillatelse for nytt skolebygg eller flerbrukshall, skal det "
          "foreligge en plan for bygge- og anleggsfasen som er godkjent av kommunen.")
    s2 = ("Planen skal også beskrive beredskap ved akutt forurensning, for eksempel oljesøl fra "
          "anleggsmaskiner, og hvem som varsles.")
    s3 = "Planen skal legges fram for driftsutvalget til orientering før anleggsstart."
    a = [
        ("title", "Detaljregulering for Rødlia skole og flerbrukshall"),
        ("meta", "Reguleringsbestemmelser · Plan-ID 2054007 · Vedtatt av kommunestyret 13.03.2055, "
                 "sak 19/55 · Sist revidert 02.02.2055"),
        ("h1", "§ 1 Planens formål"),
        ("p", "Planen skal legge til rette for nytt skolebygg for 1.–7. trinn med inntil 420 elever, "
              "en flerbrukshall, uteområder og trygg adkomst for gående og syklende. Eksisterende "
              "skolebygg fra 1968 rives."),
        ("h1", "§ 2 Fellesbestemmelser"),
        ("h2", "2.1 Universell utforming"),
        ("p", "Bygninger og uteområder skal utformes etter prinsippet om universell utforming. "
              "Hovedatkomst til skole og hall skal ha stigning på høyst 1:20."),
        ("h2", "2.2 Kulturminner"),
        ("p", "Dersom det under anleggsarbeid kommer fram automatisk fredete kulturminner, skal "
              "arbeidet straks stanses og fylkeskommunen varsles, jf. kulturminneloven § 8 andre "
              "ledd."),
        ("h1", "§ 3 Bebyggelse og anlegg"),
        ("h2", "3.1 Undervisning (BU)"),
        ("p", "Tillatt bebygd areal er %-BYA = 35 %. Maksimal gesimshøyde er kote +96,5 for skolen og "
              "kote +99,0 for flerbrukshallen. Tekniske installasjoner kan overstige gesims med "
              "inntil 1,5 meter og skal trekkes minst 3 meter inn fra fasadeliv."),
        ("h2", "3.2 Parkering"),
        ("p", "Det skal etableres minst 25 og høyst 35 parkeringsplasser for bil, hvorav minst 2 for "
              "forflytningshemmede, og minst 250 sykkelplasser, hvorav 60 under tak."),
        ("h1", "§ 4 Samferdselsanlegg"),
        ("p", "Fortau langs Solvangvegen (o_SF1) skal ha bredde 3,0 meter. Kiss & ride-lomme (SKV) "
              "skal utformes slik at bilene ikke rygger."),
        ("h1", "§ 5 Grønnstruktur"),
        ("p", "I område GV1 skal de tre eikene bevares. Terrenginngrep innenfor trærnes dryppsone "
              "er ikke tillatt. Felling krever tillatelse fra kommunen."),
        ("h1", "§ 6 Rekkefølgebestemmelser"),
        ("h2", "6.1 Før rammetillatelse"),
        ("p", "Før rammetillatelse skal det foreligge en utomhusplan i målestokk 1:200 som viser "
              "lekearealer, terreng, vegetasjon, belysning og overvannsløsninger."),
        ("h2", "6.2 Før igangsettingstillatelse"),
        ("p", s1 + " Planen skal vise:"),
        *[("typed", "–", t + ("," if i < len(dashes) - 1 else "."), 0.6, 0.3)
          for i, t in enumerate(dashes)],
        ("p", s2 + " Anleggstrafikk bør unngås på skoledager mellom kl. 07.30 og 08.30. "
              + s3),
        ("h2", "6.3 Før brukstillatelse"),
        ("p", "Før det gis brukstillatelse for skolebygget, skal fortau langs Solvangvegen (o_SF1) og "
              "kiss & ride-lommen være opparbeidet. Utearealene skal være ferdigstilt senest "
              "påfølgende sommer."),
        ("h1", "§ 7 Dokumentasjonskrav"),
        ("p", "Sammen med søknad om rammetillatelse skal det leveres støyfaglig utredning for "
              "driftsfasen og dokumentasjon av at kravene til universell utforming er oppfylt."),
    ]
    docx_pdf(d / "mandate.pdf", a, title="Reguleringsbestemmelser – Rødlia skole og flerbrukshall",
             author="Lyngstad kommune, plan og bygg", font="Liberation Sans", size=10,
             lang="nb-NO", header=DROP["anleggsfase"][0], footer="Side {PAGE} av {NUMPAGES}",
             accent="1F1F1F", head_fill="E7E6E6")
    # the lead-in 'Planen skal vise:' ends page 1, the seven dashes stand on page 2
    expect_on_page(d / "mandate.pdf", [(1, "anleggsfasen som er godkjent av kommunen. Planen "
                                           "skal vise:"), (2, "anleggsvei, riggområde og "
                                                              "lagerplasser")])

    rigg = [
        ["R1", "Riggområde med brakker, kontor og toaletter", "Grusbanen nord for dagens skole",
         "Uke 33 2055 – uke 26 2057"],
        ["R2", "Lager for armering, forskaling og elementer", "Asfaltplassen ved gamle gymsal",
         "Uke 33 2055 – uke 40 2056"],
        ["R3", "Mellomlager for masser", "Østre del av tomta, mot Rødliveien", "Uke 35 2055 – uke "
         "10 2056"],
        ["A1", "Anleggsvei, inn- og utkjøring", "Fra Rødliveien, 60 m øst for krysset med "
         "Solvangvegen", "Hele perioden"],
    ]
    tider = [
        ["Vanlig anleggsarbeid", "07.00–19.00", "Ingen", "LpAeq 65 dB"],
        ["Pigging, boring, spunting", "08.00–17.00", "Ingen", "LpAeq 65 dB"],
        ["Sprenging", "09.00–15.00", "Ingen", "Varsles med signal"],
        ["Støping som ikke kan avbrytes", "07.00–22.00", "Etter avtale med kommunen",
         "LpAeq 60 dB etter 19.00"],
    ]
    masser = [
        ["Matjord og toppdekke", "1 800", "Gjenbrukes i uteområdene", "R3"],
        ["Leire og morene", "9 400", "Grønnvik massemottak", "–"],
        ["Sprengstein", "4 200", "Knuses og brukes i fyllinger på tomta", "R3"],
        ["Asfalt fra gamle plasser", "650", "Gjenvinning hos Lyngstad Pukk", "–"],
    ]
    p = [
        ("title", "Plan for bygge- og anleggsfasen"),
        ("meta", "Rødlia skole og flerbrukshall · Lyngstad kommune, eiendom og prosjekt · "
                 "Versjon 1.2, 20. mai 2055"),
        ("p", "Godkjent av Lyngstad kommune, byggesak, 3. juni 2055 (sak 2055/318). "
              "Igangsettingstillatelse for riving og grunnarbeid ble gitt 24. juni 2055."),
        ("h1", "1 Om prosjektet og denne planen"),
        ("p", "Lyngstad kommune bygger ny Rødlia skole og ny flerbrukshall på samme tomt som dagens "
              "skole. Elevene går på skolen i brakker på sørsiden av tomta mens det bygges. "
              "Anleggsarbeidene starter 11. august 2055 og etter planen flytter elevene inn "
              "i nytt bygg til skolestart 2057. Hallen står ferdig vinteren 2057."),
        ("p", "Denne planen viser hvordan anleggsarbeidet skal gjennomføres slik at elever, ansatte "
              "og naboer blir minst mulig berørt. Den er en del av kontrakten med totalentreprenøren "
              "og gjelder også underentreprenørene. Planen legges fram for driftsutvalget til "
              "orientering i møtet 9. september 2055."),
        ("h1", "2 Rigg, lager og anleggsvei"),
        ("p", "Riggen legges på grusbanen nord for dagens skole, slik at all anleggstrafikk holdes "
              "borte fra skolegården. Tabellen viser områdene. Inn- og utkjøring skjer bare fra "
              "Rødliveien."),
        ("table", ["Nr.", "Hva", "Hvor", "Når"], rigg, [1.2, 5.4, 5.0, 4.2]),
        ("h1", "3 Skoleveien mens vi bygger"),
        ("p", "Anleggsområdet gjerdes inn med 2 meter høyt byggegjerde før arbeidene starter. "
              "Elevene får en egen gangsone langs vestsiden av tomta, skilt fra anleggsveien med "
              "betongsugger og gjerde. Porten ved anleggsveien er bemannet med vakt når skolen "
              "begynner og slutter. Rygging med lastebil innenfor porten skal alltid skje med "
              "ledsager. Kiss & ride flyttes midlertidig til parkeringen ved Rødlia kirke."),
        ("p", "Skolen får informasjon om endringer i gangsonen senest en uke i forveien, og "
              "trafikksikkerheten tas opp på foreldremøtene hver høst."),
        ("h1", "4 Når det kan bråke"),
        ("p", "Arbeidstidene og grenseverdiene under følger tabell 4 i retningslinje T-1442. "
              "Det arbeides ikke på søndager og helligdager, og ikke mellom kl. 19.00 og 07.00 med "
              "unntak av støping som ikke kan avbrytes."),
        ("table", ["Arbeid", "Tillatt tid, hverdager", "Lørdag/søndag", "Grense ved fasade"],
         tider, [5.2, 3.6, 3.8, 3.4]),
        ("p", "Entreprenøren måler støy ved nærmeste bolig og ved skolens brakker hver uke mens "
              "det pigges og sprenges, og sender målingene til prosjektleder."),
        ("h1", "5 Trærne ved gamlestua"),
        ("p", "De tre store eikene ved gamlestua står i område GV1. Før rigging settes det opp et "
              "fast gjerde rundt hvert tre, minst 2 meter utenfor kronens ytterkant, og det legges "
              "kjøreplater der anleggsmaskiner må passere nær rotsonen. Det er ikke lov å lagre "
              "materialer, parkere eller vaske maskiner innenfor gjerdet. En arborist går over "
              "trærne før og etter anleggsperioden, og greiner som er i veien for kranen "
              "beskjæres av arboristen, ikke av entreprenøren."),
        ("h1", "6 Jord, stein og masser"),
        ("p", "Prosjektet gir om lag 16 000 m³ masser. Så mye som mulig brukes på tomta. "
              "Overskuddet kjøres til godkjente mottak."),
        ("table", ["Type masser", "m³ (anslag)", "Hva skjer med massene", "Mellomlager"],
         masser, [4.4, 2.6, 6.4, 2.4]),
        ("p", "Tomta har vært skole siden 1968, og det kan være forurenset grunn under den gamle "
              "oljetanken ved fyrrommet. En miljøteknisk grunnundersøkelse gjøres når dagens "
              "skole er revet, høsten 2056. Tiltaksplan for eventuelle forurensede masser lages "
              "etter den."),
        ("h1", "7 Støv og rene veier"),
        ("p", "Grunnarbeidene skjer i all hovedsak på høsten og vinteren, når bakken er fuktig. "
              "Prosjektet regner derfor ikke med at støv blir noe problem, og det er ikke lagt inn "
              "egne tiltak mot støv eller for rengjøring av veiene."),
        ("h1", "8 Naboer"),
        ("p", "Naboene i Rødliveien og Solvangvegen ble invitert til informasjonsmøte om "
              "prosjektet på skolen 12. april 2055. Om lag 40 kom. Mange var opptatt av "
              "trafikken og av hvor lenge arbeidet skal vare. Spørsmål kan sendes til "
              "prosjektleder Silje Abelsnes."),
        ("h1", "9 Hvis uhellet er ute"),
        ("p", "Alle anleggsmaskiner skal ha absorbenter og oljeduk i førerhuset. På riggområdet "
              "står en container med lenser og absorbenter. Drivstoff lagres bare i godkjente "
              "tanker med oppsamlingskar på R1."),
        ("h1", "10 Kontakt"),
        ("p", "Prosjektleder: Silje Abelsnes, eiendom og prosjekt. Byggeleder: Frode Nyhus. "
              "Totalentreprenør: Rødlia Bygg ANS."),
    ]
    odt_pdf(d / "plan.pdf", p, title="Plan for bygge- og anleggsfasen – Rødlia skole",
            font="Liberation Sans", size=10, lang="nb", country="NO",
            header="Lyngstad kommune · Rødlia skole og flerbrukshall",
            footer="Side {n} av {m}", accent="#1B4F72", head_fill="#D6E4EE")
    g = [
        P("S1", s1, "process", "covered", ev="Godkjent av Lyngstad kommune, byggesak",
          trap="a REKKEFØLGEBESTEMMELSE (§ 6.2 of REGULERINGSBESTEMMELSER) that orders the plan; "
               "answered by the approval line under the title (approved 3 June, "
               "igangsettingstillatelse 24 June)"),
        P("1", dashes[0], "content", "covered", ev="Riggen legges på grusbanen",
          trap="a dash typed '–' + tab under 'Planen skal vise:'; answered by the rigg table "
               "(R1–R3, A1)"),
        P("2", dashes[1], "content", "partial", ev="Anleggsområdet gjerdes inn",
          missing=["tiltak for krysset Solvangvegen–Rødliveien (vakt bare ved porten)"],
          trap="answered under a heading in other words ('Skoleveien mens vi bygger'): fences, "
               "gangsone, a guard at the gate; the crossing the point singles out is named only "
               "as the place of the anleggsvei in the rigg table (A1, '60 m øst for krysset'), "
               "with no measure"),
        P("3", dashes[2], "content", "covered", ev="Arbeidstidene og grenseverdiene under",
          trap="answered under a heading that shares no word with the point ('Når det kan "
               "bråke'), a table of working hours and limits after T-1442"),
        P("4", dashes[3], "content", "uncovered",
          trap="REFUSED: 'Støv og rene veier' says no measures are planned because the ground is "
               "moist; a heading that restates the point without answering it"),
        P("5", dashes[4], "content", "covered", ev="De tre store eikene ved gamlestua",
          trap="'Trærne ved gamlestua': fence outside the crown, plates over the roots, an "
               "arborist for the crown — rotsone, stamme og krone, in other words"),
        P("6", dashes[5], "content", "partial", ev="Prosjektet gir om lag 16 000",
          missing=["håndtering av eventuelt forurensede masser (utsatt til etter "
                   "grunnundersøkelsen høsten 2056)"],
          trap="quantities, mellomlager and mottak in a table; the polluted ground is put off"),
        P("7", dashes[6], "content", "uncovered",
          trap="SHARED WORDS under 'Naboer': an information meeting on the project in April "
               "(past tense) is no notice before blasting and pigging; skolen and barnehagen "
               "are not told of noisy work (the one-week notice is about the gangsone). The "
               "table's 'Varsles med signal' for sprenging is the blast signal on site, not a "
               "notice in advance; the weekly noise measurements are no notice either"),
        P("S2", s2, "content", "partial", ev="Alle anleggsmaskiner skal ha absorbenter",
          missing=["hvem som varsles ved akutt forurensning"],
          trap="a sentence after the dashes, beside a 'bør' line on anleggstrafikk (none); "
               "answered under 'Hvis uhellet er ute' with equipment only"),
        P("S3", s3, "process", "uncovered",
          trap="the plan goes to driftsutvalget on 9 September 2055, after anleggsstart on 11 "
               "August 2055: a handling too late. Not points: § 1–§ 5 (purpose, universell "
               "utforming, the kulturminne stop rule, overvann, heights, parking, fortau, the "
               "eiker's protection as a rule), § 6.1 (another plan: the utomhusplan), the 'bør' "
               "sentence, § 6.3, § 7"),
    ]
    return dict(language="nb", mandate="mandate.pdf", plan="plan.pdf",
                drop=DROP["anleggsfase"],
                producer="REGULERINGSBESTEMMELSER of a detaljregulering (python-docx → LibreOffice, "
                "Liberation Sans 10.5, nb-NO, running header with the plan-ID, 'Side n av m'): "
                "§ 1–§ 7 with 2.1–6.3 sub-headings; the rekkefølgebestemmelse 6.2 orders the plan "
                "(S1), seven dashes typed '–' + tab after 'Planen skal vise:' (1–7), then a "
                "paragraph with S2, a 'bør' line (none) and S3; plan odfpy → LibreOffice "
                "(Liberation Sans 10, 'Side n av m'), three tables, headings in other words, a "
                "refusal, a deferral, shared words, a late handling", points=g)


# =========================================================================== 2 avlaup (nn)
@pair
def avlaup(d: Path) -> dict:
    items = [
        ("a)", "gje ein oversikt over tilstanden på leidningsnettet, mellom anna alder, "
               "materiale og kjende feil og lekkasjar"),
        ("b)", "prioritere tiltak som reduserer innlekking av framandvatn, med grunngjeving for "
               "rekkjefølgja"),
        ("c)", "vise korleis overløpsutsleppa ved Strandkaia og ved Kvernholmen pumpestasjon skal "
               "reduserast"),
        ("d)", "innehalde ein framdriftsplan med årstal og kostnadsoverslag for kvart tiltak"),
        ("e)", "gjere greie for korleis auka nedbør som følgje av klimaendringar er teken omsyn "
               "til ved dimensjonering av nye leidningar og pumpestasjonar"),
    ]
    s1 = "Kommunen skal innan 1. juli 2056 utarbeide ein tiltaksplan for leidningsnettet."
    s2 = "Tiltaksplanen skal vedtakast av kommunestyret."
    s3 = ("Tiltaksplanen skal òg omfatte leidningsnettet på Litlebø, som vart kopla til Indrevik "
          "reinseanlegg i 2054.")

    def foot(n, m):
        return f"Side {n} av {m}"

    a = [
        ("p", "Sørbøvåg kommune, v/ eining for vatn og avlaup, Postboks 40, 6989 Sørbøvåg"),
        ("meta", "Vår dato: 14.10.2055 · Vår ref.: 2055/4471 · Dykkar ref.: 25/1180 · "
                 "Sakshandsamar: Ingrid Sælensminde, tlf. 57 64 41 20"),
        ("title", "Løyve etter forureiningslova til utslepp av kommunalt avlaupsvatn frå "
                  "Indrevik tettstad"),
        ("p", "Statsforvaltaren gjev med dette Sørbøvåg kommune løyve etter forureiningslova § 11, "
              "jf. § 16, til utslepp av kommunalt avlaupsvatn frå Indrevik reinseanlegg og "
              "tilhøyrande leidningsnett. Løyvet gjeld frå dags dato og erstattar løyvet av "
              "3. mars 2031. Vilkåra går fram av side 1–2 i dette brevet."),
        ("p", "Løyvet er gjeve på grunnlag av søknaden dykkar av 22. april 2055 og opplysningar "
              "som kom fram under synfaringa 19. juni 2055. Vi viser til vurderingane våre i "
              "kapittel 3."),
        ("h1", "1 Vilkår"),
        ("h2", "1.1 Rammer"),
        ("p", "Løyvet gjeld utslepp frå eit tettstadsområde med inntil 2 400 personekvivalentar (pe). "
              "Utsleppet skal gå til Indrevika gjennom eksisterande utsleppsleidning på 25 m djup."),
        ("h2", "1.2 Reinsekrav"),
        ("p", "Anlegget skal ha sekundærreinsing innan 31. desember 2058. Fram til då gjeld krava "
              "til primærreinsing i forureiningsforskrifta § 14-9."),
        ("h2", "1.3 Leidningsnett"),
        ("p", "Kommunen skal sørgje for at leidningsnettet er dimensjonert, drive og vedlikehalde "
              "slik at utslepp frå overløp og lekkasjar blir så små som mogleg. " + s1
              + " Tiltaksplanen skal"),
        *[("typed", k, t + (";" if k != "e)" else "."), 5.0, 4.0) for k, t in items],
        ("p", s2 + " Statsforvaltaren skal ha kopi av planen når han er vedteken."),
        ("h2", "1.4 Overløp"),
        ("p", "Alle overløp på leidningsnettet skal ha utstyr som registrerer tid og mengd for "
              "overløpsdrift innan 31. desember 2057. Resultata skal rapporterast årleg i "
              "eRapport."),
        ("h2", "1.5 Prøvetaking og rapportering"),
        ("p", "Kommunen skal ta minst tolv døgnblandprøver i året av innløp og utløp og rapportere "
              "resultata til Statsforvaltaren innan 1. mars året etter."),
        ("h2", "1.6 Internkontroll"),
        ("p", "Kommunen skal ha internkontroll etter internkontrollforskrifta og ein oppdatert "
              "risikovurdering for anlegget og leidningsnettet."),
        ("h1", "2 Gebyr"),
        ("p", "Kommunen skal betale eit gebyr på 38 400 kroner for handsaminga av søknaden, jf. "
              "forureiningsforskrifta § 39-4. Faktura kjem frå Miljødirektoratet."),
        ("h1", "3 Statsforvaltaren si vurdering"),
        ("p", "Indrevika er ein terskelfjord med dårleg vassutskifting. Målingar frå 2053–2054 viser "
              "høge verdiar av tarmbakteriar ved badeplassen i Strandvika etter kraftig regn. Vi "
              "meiner det er overløpa og framandvatnet i leidningsnettet som er hovudproblemet, og "
              "at det er der innsatsen først bør setjast inn. "
              + s3 + " Vi tilrår òg at kommunen vurderer separering av overvatn i samband med "
              "andre gravearbeid i sentrum, men dette er ikkje eit vilkår."),
        ("h1", "4 Klagerett"),
        ("p", "De kan klage på vedtaket innan tre veker etter at de fekk dette brevet. Klaga skal "
              "sendast til Statsforvaltaren, og Miljødirektoratet avgjer klaga."),
        ("p", "Med helsing"),
        ("p", "Haldor Rimeslåtten (e.f.), seksjonsleiar · Ingrid Sælensminde, seniorrådgjevar"),
        ("meta", "Dokumentet er elektronisk godkjent og har difor ikkje handskrivne signaturar."),
    ]
    rl_pdf(d / "mandate.pdf", a, title="Løyve etter forureiningslova – Indrevik tettstad",
           author="Statsforvaltaren i Havbotn", family="LS", size=10.5,
           head_left=DROP["avlaup"][0], head_right=DROP["avlaup"][1], foot=foot)

    tilstand = [
        ["Før 1970", "Betong, fellesleidning", "6,8", "Mange sprekker og forskyvingar; ca. halve "
         "framandvatnet kjem herifrå"],
        ["1970–1989", "Betong og PVC, separat", "9,1", "Feilkoplingar i Tuftevegen og Bakkane"],
        ["1990–2019", "PVC og PE", "12,4", "Få feil"],
        ["2020 og seinare", "PE", "3,2", "Ingen kjende feil"],
    ]
    tiltak = [
        ["T1", "Utskifting av fellesleidning Strandkaia–Torget", "2057", "6,4",
         "Fjernar overløpet ved Strandkaia"],
        ["T2", "Utbetring av stikkleidningar i Tuftevegen", "2057", "1,1", ""],
        ["T3", "Utskifting av betongleidning i Bakkane", "2058–2059", "4,8", ""],
        ["T4", "Røyrfornying (strømpe) i Kyrkjevegen", "2059", "2,2", ""],
        ["T5", "Retting av feilkoplingar hos private", "2057–2060", "0,6",
         "Pålegg etter kartlegging"],
        ["T6", "Ny overvassleidning Torget–Indrevika", "2060", "3,9", ""],
    ]
    p = [
        ("title", "Tiltaksplan for avlaupsnettet i Indrevik 2057–2064"),
        ("meta", "Sørbøvåg kommune · Eining for vatn og avlaup · Vedteken i utval for teknikk og "
                 "miljø 16. juni 2056, sak 31/56"),
        ("h1", "1 Innleiing"),
        ("p", "Statsforvaltaren gav i oktober 2055 nytt utsleppsløyve for Indrevik reinseanlegg. "
              "Løyvet krev at kommunen lagar ein tiltaksplan for leidningsnettet. Planen er "
              "utarbeidd av eining for vatn og avlaup med hjelp frå eit rådgjevarfirma, og han "
              "byggjer på filming av om lag 30 km leidning i 2055 og 2056."),
        ("p", "Planen vart vedteken i utval for teknikk og miljø 16. juni 2056. Han blir lagd fram "
              "for kommunestyret til orientering i september 2056, og kopi er send til "
              "Statsforvaltaren."),
        ("h1", "2 Slik står det til i røyra"),
        ("p", "Leidningsnettet i Indrevik er om lag 31,5 km langt. Tabellen viser kor gamle "
              "leidningane er, kva dei er laga av og kva feil vi kjenner til. Dei eldste "
              "fellesleidningane i sentrum er i dårlegast stand."),
        ("table", ["Lagt", "Materiale og system", "km", "Kjende feil og lekkasjar"], tilstand,
         [2.6, 4.4, 1.2, 7.8]),
        ("p", "Leidningsnettet på Litlebø er ikkje med i denne planen, fordi det er nytt og berre "
              "har vore i drift i to år."),
        ("h1", "3 For mykje vatn i røyra"),
        ("p", "Om lag 55 prosent av vatnet som kjem til reinseanlegget, er regnvatn, smeltevatn og "
              "grunnvatn som lek inn i leidningane. Det gjev overløp når det regnar, og det gjer "
              "reinseanlegget dyrare å drive. Desse tiltaka reduserer innlekkinga:"),
        ("bullets", ["utskifting av dei gamle betongleidningane i sentrum og i Bakkane",
                     "røyrfornying der leidningen ligg under hus eller tett på bygningar",
                     "retting av feilkoplingar der takvatn går til spillvassleidningen",
                     "ny overvassleidning frå Torget, slik at regnvatn ikkje går i "
                     "fellesleidningen"]),
        ("p", "Kva for tiltak som skal gjerast først, blir avgjort i samband med budsjettet for "
              "kvart år."),
        ("h1", "4 Overløpa"),
        ("p", "Overløpet ved Strandkaia går i dag ut i hamna fleire gonger i månaden. Når "
              "fellesleidningen Strandkaia–Torget blir skifta ut i 2057 (tiltak T1), blir "
              "overløpet stengt. Overløpet ved Kvernholmen pumpestasjon blir vurdert i neste "
              "hovudplan for avlaup."),
        ("h1", "5 Tiltak, år og kostnad"),
        ("p", "Tabellen viser alle tiltaka i planperioden med år og kostnad i millionar kroner "
              "(2056-kroner, eks. mva.). Kostnadene blir dekte av avlaupsgebyret."),
        ("table", ["Nr.", "Tiltak", "År", "Mill. kr", "Merknad"], tiltak,
         [1.1, 6.6, 2.2, 1.8, 4.3]),
        ("h1", "6 Klima"),
        ("p", "Klimaendringane gjev meir nedbør og kraftigare regnbyer på Vestlandet. Dette gjer "
              "arbeidet med leidningsnettet endå viktigare. Nye leidningar blir dimensjonerte "
              "etter kommunen sin VA-norm."),
        ("h1", "7 Oppfølging"),
        ("p", "Eining for vatn og avlaup rapporterer kvart år til utval for teknikk og miljø om "
              "kva tiltak som er gjennomførte. Planen blir rullert i 2060."),
    ]
    docx_pdf(d / "plan.pdf", p, title="Tiltaksplan for avlaupsnettet i Indrevik 2057–2064",
             author="Sørbøvåg kommune", font="Liberation Sans", size=10.5, lang="nn-NO",
             header="Sørbøvåg kommune · Tiltaksplan avlaup Indrevik",
             footer="Side {PAGE} av {NUMPAGES}", accent="0E5A6B", head_fill="D5E8EC")
    g = [
        P("S1", s1, "process", "covered", ev="Planen vart vedteken i utval",
          trap="a sentence inside vilkår 1.3 of an UTSLEPPSLØYVE etter forureiningslova that "
               "orders the plan with its deadline; the plan was adopted 16 June 2056, before 1 "
               "July"),
        P("a", items[0][1], "content", "covered", ev="Leidningsnettet i Indrevik er om lag",
          trap="answered under a heading in other words ('Slik står det til i røyra'): a table of "
               "age, material and known faults"),
        P("b", items[1][1], "content", "partial", ev="Om lag 55 prosent av vatnet",
          missing=["prioritering og grunngjeving for rekkjefølgja (avgjerast i budsjettet kvart "
                   "år)"],
          trap="measures against framandvatn listed as bullets, the order left to the yearly "
               "budget"),
        P("c", items[2][1], "content", "partial", ev="Overløpet ved Strandkaia går",
          missing=["overløpet ved Kvernholmen pumpestasjon (utsett til neste hovudplan)"],
          trap="Strandkaia answered by T1; Kvernholmen put off"),
        P("d", items[3][1], "deliverable", "covered", ev="Tabellen viser alle tiltaka",
          trap="answered by a table with year and cost per measure ('Tiltak, år og kostnad')"),
        P("e", items[4][1], "content", "uncovered",
          trap="SHARED WORDS under 'Klima': more rain named, new pipes follow the VA-norm — no "
               "account of how more rain is taken into the dimensioning"),
        P("S2", s2, "process", "uncovered",
          trap="the plan was adopted by utval for teknikk og miljø and goes to the kommunestyre "
               "only 'til orientering': the wrong body. The copy to the Statsforvaltar (the "
               "sentence after S2) is the authority's own follow-up, none"),
        P("S3", s3, "content", "uncovered",
          trap="a 'skal' sentence hidden in the Statsforvaltar's assessment (chapter 3), beside "
               "advice ('Vi tilrår …', none); REFUSED in the plan ('Litlebø er ikkje med i denne "
               "planen'). Not points: the løyve itself, 1.1 rammer, 1.2 reinsekrav, the general "
               "duty in 1.3, 1.4 overløpsmålarar, 1.5 prøvetaking, 1.6 internkontroll, the gebyr, "
               "the klagerett"),
    ]
    return dict(language="nn", mandate="mandate.pdf", plan="plan.pdf",
                drop=DROP["avlaup"],
                producer="an UTSLEPPSLØYVE etter forureiningslova from the Statsforvaltar, a case "
                "system's letter (reportlab, Liberation Sans 10.5, running head with the body and "
                "'Vår ref.', 'Side n av m'): address block, reference line, title, the løyve, "
                "'1 Vilkår' 1.1–1.6, the order with its deadline inside 1.3 (S1), items a)–e) "
                "typed with a hanging indent and ';', S2 after them, S3 hidden in '3 "
                "Statsforvaltaren si vurdering' beside advice, gebyr and klagerett; plan python-docx "
                "→ LibreOffice (Liberation Sans 10.5, nn-NO, 'Side n av m'), two tables, bullets, "
                "headings in other words, a refusal, two deferrals, shared words, the wrong body",
                points=g)


# =========================================================================== 3 pendlarparkering (sv)
def _sv_css() -> str:
    return (
        "@page{size:A4;margin:14mm 15mm 16mm 15mm;@bottom-left{content:'hammarnas.se/trafik/"
        "pendlarparkering';font:7.5pt 'Liberation Sans',sans-serif;color:#666}@bottom-right{"
        "content:'Sida ' counter(page) ' av ' counter(pages);font:7.5pt 'Liberation Sans',"
        "sans-serif;color:#666}}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
        "body{font-family:'Liberation Sans',sans-serif;font-size:9.8pt;line-height:1.42;"
        "color:#1d1d1b;margin:0}.hd{display:flex;justify-content:space-between;align-items:"
        "flex-end;border-bottom:3px solid #005f73;padding-bottom:5px}.hd b{font-size:14pt;"
        "color:#005f73}.hd span{font-size:8pt;color:#555}.crumbs{font-size:7.8pt;color:#555;"
        "margin:5px 0 10px}h1{font-size:17pt;margin:4px 0 4px;color:#1d1d1b}h2{font-size:12pt;"
        "margin:14px 0 4px;color:#005f73;break-after:avoid}.ingress{font-size:10.8pt;"
        "margin:0 0 8px}.meta{font-size:8.2pt;color:#555;margin-bottom:8px}p{margin:0 0 6px}"
        "table{border-collapse:collapse;width:100%;margin:4px 0 8px;font-size:8.8pt}"
        "th{background:#dbecef;text-align:left;padding:3px 5px;border:1px solid #9fb8bd}"
        "td{padding:3px 5px;border:1px solid #c9d6d8;vertical-align:top}tr{break-inside:avoid}"
        ".box{border-left:4px solid #005f73;background:#eef6f7;padding:6px 10px;margin:8px 0;"
        "font-size:9.2pt}.box b{display:block;margin-bottom:2px}"
    )


@pair
def pendlarparkering(d: Path) -> dict:
    bullets = [
        "redovisa nuvarande antal parkeringsplatser för bil och cykel vid varje station och hur "
        "de används",
        "bedöma behovet av nya platser fram till 2065",
        "innehålla väderskyddad cykelparkering där ramen kan låsas fast",
        "redovisa hur och var det ska finnas laddplatser för elbilar",
        "beskriva hur stationerna och parkeringarna görs tillgängliga för personer med "
        "funktionsnedsättning",
        "visa hur kommunen ska finansiera sin del av utbyggnaden",
    ]
    s1 = ("Kommunen ska senast den 30 april 2057 ta fram en handlingsplan för pendlarparkering vid "
          "stationerna i Hammarnäs, Ekträsk och Norrvreta.")
    s2 = ("Innan handlingsplanen antas ska regionen ges tillfälle att lämna synpunkter på ett "
          "utkast.")
    a = [
        ("center", "AVSIKTSFÖRKLARING"),
        ("center", "om pendlarparkering och kollektivtrafik längs Skogslandsbanan"),
        ("meta", "Mellan Hammarnäs kommun (org.nr 212000-9915) och Region Skogsland "
                 "(org.nr 232100-0471) · Dnr KS 2056/77 och RS 2056/1203"),
        ("h1", "1. Parter"),
        ("p", "Denna avsiktsförklaring är tecknad mellan Hammarnäs kommun, nedan kallad kommunen, "
              "och Region Skogsland i egenskap av regional kollektivtrafikmyndighet, nedan kallad "
              "regionen."),
        ("h1", "2. Bakgrund"),
        ("p", "Skogslandsbanan får från december 2058 halvtimmestrafik i högtrafik. Antalet resande "
              "från Hammarnäs, Ekträsk och Norrvreta väntas öka med 60 procent till 2065. Många "
              "resenärer bor långt från stationerna och behöver kunna ta bil eller cykel dit. I dag "
              "är pendlarparkeringen i Hammarnäs full före klockan sju på vardagar."),
        ("h1", "3. Syfte"),
        ("p", "Parterna vill gemensamt göra det enkelt att kombinera bil eller cykel med tåg, så "
              "att fler väljer kollektivtrafik för arbets- och studieresor. Målet är att andelen "
              "resor med kollektivtrafik i kommunen ska öka från 14 till 25 procent till 2065."),
        ("h1", "4. Gemensamma åtaganden"),
        ("p", "Parterna ska gemensamt följa upp resandet och beläggningen på pendlarparkeringarna en "
              "gång per år och informera om pendlingsmöjligheterna på sina webbplatser."),
        ("h1", "5. Kommunens åtaganden"),
        ("p", s1 + " Handlingsplanen ska"),
        ("bullets", [b + ("," if i < len(bullets) - 1 else ".") for i, b in enumerate(bullets)],
         "•"),
        ("p", "Kommunen ansvarar för mark, byggande, drift och underhåll av pendlarparkeringarna. "
              + s2 + " Handlingsplanen antas av kommunstyrelsen."),
        ("h1", "6. Regionens åtaganden"),
        ("p", "Regionen ska samordna tidtabellerna för anslutande busslinjer med tågen, sätta upp "
              "realtidsskyltar vid de tre stationerna senast 2058 och bidra med upp till 50 procent "
              "av kostnaden för cykelparkering vid stationerna, genom regionens "
              "medfinansieringsprogram."),
        ("h1", "7. Ekonomi"),
        ("p", "Varje part bär sina egna kostnader för arbetet enligt denna avsiktsförklaring, om "
              "inget annat sägs i punkt 6."),
        ("h1", "8. Giltighet"),
        ("p", "Avsiktsförklaringen gäller från undertecknandet till och med den 31 december 2065. "
              "Den är inte juridiskt bindande. Ändringar ska göras skriftligen och undertecknas av "
              "båda parter."),
        ("p", "Hammarnäs den 21 september 2056"),
        ("p", "För Hammarnäs kommun: Karin Bergdahl, kommunstyrelsens ordförande · För Region "
              "Skogsland: Gustav Lindqvist, ordförande i kollektivtrafiknämnden"),
    ]
    odt_pdf(d / "mandate.pdf", a, title="Avsiktsförklaring om pendlarparkering",
            font="Liberation Serif", size=11.5, lang="sv", country="SE",
            header=DROP["pendlarparkering"][0], footer="Sida {n} av {m}",
            accent="#000000", head_fill="#E6E6E6")

    idag = [
        ["Hammarnäs C", "180", "98 %", "220", "65 platser under tak"],
        ["Ekträsk", "45", "71 %", "60", "Inga under tak"],
        ["Norrvreta", "30", "–", "40", "Inga under tak"],
    ]
    behov = [
        ["Hammarnäs C", "180", "300", "220", "480"],
        ["Ekträsk", "45", "70", "60", "140"],
        ["Norrvreta", "30", "50", "40", "100"],
    ]
    etapp = [
        ["1", "Cykelgarage Hammarnäs C, 200 platser", "2058", "6,2", "Investeringsbudget 2058, "
         "50 % från regionen"],
        ["1", "Cykelställ med tak, Ekträsk och Norrvreta", "2058", "1,4", "Investeringsbudget "
         "2058, 50 % från regionen"],
        ["2", "Ny pendlarparkering Hammarnäs C, 120 bilplatser", "2060", "9,8",
         "Inte klar"],
        ["2", "Utökad parkering Ekträsk och Norrvreta", "2061", "3,1", "Inte klar"],
    ]
    body = (
        "<div class='hd'><b>Hammarnäs kommun</b><span>Sök · Kontakt · Lyssna · Other "
        "languages</span></div>"
        "<div class='crumbs'>Start › Trafik och gator › Kollektivtrafik › Pendlarparkering › "
        "Handlingsplan</div>"
        "<h1>Handlingsplan för pendlarparkering 2057–2065</h1>"
        "<div class='meta'>Remissversion, maj 2057 · Samhällsbyggnadsförvaltningen · "
        "Senast uppdaterad 16 maj 2057</div>"
        "<p class='ingress'>Här kan du läsa förslaget till handlingsplan för parkering vid "
        "stationerna i Hammarnäs, Ekträsk och Norrvreta. Planen ska göra det lättare att ta "
        "cykeln eller bilen till tåget.</p>"
        "<div class='box'><b>Så tar vi planen vidare</b>Förslaget har skickats till Region "
        "Skogsland, som har fram till den 15 juni 2057 att lämna synpunkter. Därefter "
        "behandlas planen av kommunstyrelsen i september 2057.</div>"
        "<h2>Så ser det ut i dag</h2>"
        + paras("Vi räknade parkerade bilar och cyklar vid Hammarnäs C och Ekträsk en vardag i mars "
                "2057. I Hammarnäs var bilparkeringen i stort sett full, och många cyklar stod "
                "utanför cykelställen. Beläggningen vid Norrvreta räknas hösten 2057.")
        + table_html(["Station", "Bilplatser", "Beläggning vardag", "Cykelplatser",
                      "Varav cykel"], idag)
        + "<h2>Prognos för 2065</h2>"
        + paras("Med halvtimmestrafik och fler bostäder i Ekträsk räknar vi med att behovet av "
                "platser nästan fördubblas. Tabellen visar antal platser i dag och det vi "
                "bedömer behövs 2065.")
        + table_html(["Station", "Bil i dag", "Bil 2065", "Cykel i dag", "Cykel 2065"], behov)
        + "<h2>Cykla till tåget</h2>"
        + paras("Vid Hammarnäs C byggs ett cykelgarage med 200 platser i två plan, med tak, "
                "belysning och ställ där man låser fast cykelns ram. Vid Ekträsk och Norrvreta "
                "sätts cykelställ med tak och ramlås upp. Alla nya platser får kameraövervakning "
                "och några platser för lastcyklar.")
        + "<h2>Alla ska kunna ta sig till tåget</h2>"
        + paras("Vid varje station reserveras fyra bilplatser för rörelsehindrade närmast "
                "perrongen. Gångvägarna från parkeringen till perrongen görs fria från trappsteg "
                "och får ledstråk för personer med synnedsättning. Vid Ekträsk byggs en ramp "
                "i stället för trappan till plattformen. Kommunens tillgänglighetsråd har gått "
                "igenom förslaget.")
        + "<h2>Elbilar</h2>"
        + paras("Allt fler pendlare kör elbil. Var och hur många laddplatser som ska finnas vid "
                "stationerna bestäms i kommunens laddstrategi, som tas fram under 2058.")
        + "<h2>Etapper och kostnader</h2>"
        + paras("Utbyggnaden sker i två etapper. Kostnaderna är i miljoner kronor.")
        + table_html(["Etapp", "Åtgärd", "År", "Mnkr", "Finansiering"], etapp)
        + paras("Etapp 1 finns med i förslaget till investeringsbudget för 2058. Hur etapp 2 ska "
                "finansieras är inte klart; frågan tas upp i budgetarbetet för 2059.")
        + "<h2>Uppföljning</h2>"
        + paras("Samhällsbyggnadsförvaltningen följer upp planen en gång per år tillsammans med "
                "regionen. Kontakt: trafikplanerare Annika Sjöholm.")
    )
    html_pdf(d / "plan.pdf", lang="sv", title="Handlingsplan för pendlarparkering 2057–2065",
             css=_sv_css(), body=body)
    g = [
        P("S1", s1, "process", "uncovered",
          trap="the order in § 5 of an AVSIKTSFÖRKLARING, with its deadline: the plan is a "
               "'Remissversion, maj 2057' to be adopted in September — not ready by 30 April"),
        P("1", bullets[0], "content", "partial", ev="Vi räknade parkerade bilar",
          missing=["hur platserna används vid Norrvreta (räknas hösten 2057)"],
          trap="a table of car and cycle places at every station; use (beläggning) counted at "
               "two of the three, Norrvreta a dash and put off"),
        P("2", bullets[1], "content", "covered", ev="Med halvtimmestrafik och fler bostäder",
          trap="answered under 'Prognos för 2065' with a table of today's and 2065's places"),
        P("3", bullets[2], "content", "covered", ev="Vid Hammarnäs C byggs ett cykelgarage",
          trap="answered in other words ('Cykla till tåget': tak, ställ där man låser fast "
               "cykelns ram)"),
        P("4", bullets[3], "content", "uncovered",
          trap="SHARED WORDS and a DEFERRAL under 'Elbilar': where and how many laddplatser is "
               "put off to a laddstrategi in 2058"),
        P("5", bullets[4], "content", "covered", ev="Vid varje station reserveras fyra",
          trap="answered under a heading that shares no word with the point ('Alla ska kunna ta "
               "sig till tåget')"),
        P("6", bullets[5], "content", "partial", ev="Utbyggnaden sker i två etapper",
          missing=["finansiering av etapp 2 (tas upp i budgetarbetet för 2059)"],
          trap="stage 1 in the 2058 investment budget with the region's share; stage 2 'Inte "
               "klar'"),
        P("S2", s2, "process", "covered", ev="Så tar vi planen vidare",
          trap="a sentence among the kommun's duties in § 5 (beside 'Kommunen ansvarar för mark "
               "…' and 'antas av kommunstyrelsen', none); the box: the draft sent to the region "
               "with a date for synpunkter before adoption. Not points: § 1–4 (parties, "
               "background, purpose, the joint follow-up), the region's undertakings in § 6, § 7 "
               "money, § 8 validity, the signatures"),
    ]
    return dict(language="sv", mandate="mandate.pdf", plan="plan.pdf",
                drop=DROP["pendlarparkering"],
                producer="an AVSIKTSFÖRKLARING between a kommun and a region (odfpy → "
                "LibreOffice, Liberation Serif 11.5, sv, running header, 'Sida n av m'): centred "
                "title lines, § 1–8 with numbered headings, the order with its deadline in § 5 "
                "(S1), six ODF list bullets after 'Handlingsplanen ska' (1–6), a sentence on the "
                "region's say (S2) among the kommun's other duties; the region's undertakings, "
                "money, validity and signatures none; plan the kommun's web page printed with "
                "Chromium (Liberation Sans 9.8, a box, three tables, 'Sida n av m'), headings in "
                "other words, a deferral, a remissversion after the deadline", points=g)


# =========================================================================== 4 gavebrev (da)
@pair
def gavebrev(d: Path) -> dict:
    nums = [
        "sikre, at de gamle egetræer i alléen fra Bækkelundvej til gården bevares og plejes, så "
        "længe de er sunde",
        "beskrive, hvordan engen ved Bækkelund Å drives med høslæt eller afgræsning og uden "
        "gødskning og sprøjtning",
        "fastlægge et net af stier, som kan bruges af gående, herunder gangbesværede og "
        "kørestolsbrugere",
        "angive, hvilke dele af arealet der kan bruges som naturlegeplads af børn fra Bækkelund "
        "Børnehus og skolerne i Ravnkilde",
        "indeholde en indsats mod invasive arter, herunder kæmpebjørneklo og rynket rose",
    ]
    s1 = ("Ravnkilde Kommune forpligter sig til senest den 1. juli 2056 at udarbejde og vedtage en "
          "plejeplan for arealet.")
    s2 = ("Inden plejeplanen vedtages, skal udkastet drøftes med Bækkelund Beboerforening og "
          "Danmarks Naturfredningsforenings lokalafdeling i Ravnkilde.")
    s3 = "Plejeplanen skal revideres mindst hvert tiende år."
    a = [
        ("title", "GAVEBREV"),
        ("meta", "Matr.nr. 4a, 4c og 7 Bækkelund By, Ravnkilde Jorder · Areal i alt 23,6 ha"),
        ("h1", "§ 1 Gaven"),
        ("p", "Undertegnede Karen Kjærsgaard og Niels Kjærsgaard, Bækkelundvej 112, 9550 "
              "Ravnkilde, (herefter giverne) overdrager herved som gave til Ravnkilde Kommune "
              "(herefter kommunen) de ovennævnte ejendomme med tilhørende allé, eng, skov og "
              "markvej, men uden stuehuset og haven, der forbliver givernes."),
        ("h1", "§ 2 Formål"),
        ("p", "Gaven gives med det formål, at arealet for altid skal være et offentligt "
              "tilgængeligt naturområde til glæde for byens borgere. Arealet må ikke bebygges, "
              "udstykkes eller sælges. Mindre bygninger som shelter, toiletter og læskure må dog "
              "opføres."),
        ("h1", "§ 3 Plejeplan"),
        ("p", s1 + " Plejeplanen skal:"),
        *[("typed", f"{i}.", t + ("," if i < len(nums) else "."), 0.75, 0.5)
          for i, t in enumerate(nums, 1)],
        ("p", s3 + " Kommunen afholder selv udgifterne til plejen."),
        ("h1", "§ 4 Inddragelse"),
        ("p", s2 + " Giverne skal orienteres om udkastet, men har ikke vetoret."),
        ("h1", "§ 5 Givernes ønsker"),
        ("p", "Giverne ønsker, at der ved indgangen fra Bækkelundvej opsættes en bænk med en lille "
              "plade til minde om Niels Kjærsgaards forældre, og at området får navnet "
              "»Bækkelund Naturpark«. Disse ønsker er ikke betingelser for gaven."),
        ("h1", "§ 6 Afgifter og omkostninger"),
        ("p", "Gaven er fritaget for gaveafgift, jf. boafgiftslovens § 22, stk. 1, litra e. "
              "Kommunen betaler tinglysningsafgift, landinspektørudgifter og advokatsalær."),
        ("h1", "§ 7 Tilbagefald"),
        ("p", "Overholder kommunen ikke vilkårene i § 2 og § 3, kan giverne eller deres arvinger "
              "med seks måneders varsel kræve arealet tilbageskødet uden vederlag."),
        ("h1", "§ 8 Tinglysning"),
        ("p", "Vilkårene i § 2, § 3 og § 7 tinglyses som servitut på ejendommene med giverne og "
              "Danmarks Naturfredningsforening som påtaleberettigede."),
        ("p", "Ravnkilde, den 28. august 2055"),
        ("p", "Karen Kjærsgaard · Niels Kjærsgaard"),
        ("p", "Gaven er modtaget på de anførte vilkår efter beslutning i Byrådet den 10. september "
              "2055, punkt 12. For Ravnkilde Kommune: Mette Rask, borgmester / Jens Ulrik Holm, "
              "kommunaldirektør"),
    ]
    docx_pdf(d / "mandate.pdf", a, title="Gavebrev – Bækkelund",
             author="Advokatfirmaet Holm & Birk", font="Liberation Serif", size=11.5,
             lang="da-DK", header=DROP["gavebrev"][0] + " · " + DROP["gavebrev"][1],
             footer="Side {PAGE} af {NUMPAGES}", accent="000000", head_fill="E6E6E6")

    stier = [
        ["Allèstien", "Bækkelundvej – gården", "0,6 km", "Grus, 2,5 m bred", "Ja"],
        ["Åstien", "Gården – Bækkelund Å – broen", "1,4 km", "Trampesti", "Nej"],
        ["Skovløkken", "Rundt om egeskoven", "1,1 km", "Trampesti", "Nej"],
        ["Markvejen", "Gården – Ravnkilde Skole", "0,9 km", "Grus", "Delvist"],
    ]
    pleje = [
        ["Allé, 64 ege", "Beskæring af døde grene, tilsyn af træplejer", "Hvert 3. år",
         "Park og Vej"],
        ["Eng ved åen, 6,2 ha", "Høslæt efter 15. juli, høet fjernes", "Hvert år",
         "Forpagter"],
        ["Egeskov, 4,8 ha", "Urørt skov, kun sikkerhedsbeskæring langs stier", "Ved behov",
         "Park og Vej"],
        ["Tidligere mark, 9,9 ha", "Græsning med kreaturer", "Maj–oktober", "Forpagter"],
        ["Stier", "Slåning to gange om året", "Juni og september", "Park og Vej"],
    ]
    p = [
        ("title", "Plejeplan for Bækkelund Naturpark 2056–2071"),
        ("meta", "Ravnkilde Kommune · Teknik og Miljø, Natur og Park · Vedtaget af Teknik- og "
                 "Miljøudvalget den 18. maj 2056"),
        ("h1", "1. Indledning"),
        ("p", "Karen og Niels Kjærsgaard gav i 2055 Bækkelunds jorder til Ravnkilde Kommune, så "
              "de kan blive et offentligt naturområde. Gaven er givet på vilkår om en plejeplan, "
              "som denne plan opfylder. Planen gælder i 15 år, fra 2056 til og med 2071."),
        ("p", "Udkastet blev gennemgået på et møde med Bækkelund Beboerforening den 14. april "
              "2056, hvor foreningen især spurgte til hundeluftning og parkering. Giverne fik "
              "udkastet til orientering."),
        ("h1", "2. Området"),
        ("p", "Bækkelund Naturpark er 23,6 ha og består af allèen, en gammel egeskov, engen langs "
              "Bækkelund Å og 9,9 ha tidligere landbrugsjord. Engen er beskyttet natur efter "
              "naturbeskyttelseslovens § 3. Invasive arter er et stigende problem i hele "
              "kommunen, og kommunen har en særlig indsatsplan for kæmpebjørneklo."),
        ("h1", "3. Alléen"),
        ("p", "Alléen har 64 ege, hvoraf de ældste er plantet omkring 1880. Træerne bevares, og "
              "der fældes kun træer, som er til fare for færdslen. En certificeret træplejer ser "
              "alléen efter hvert tredje år, og døde grene skæres af. Et træ, der må fældes, "
              "erstattes med en ny eg på samme sted."),
        ("h1", "4. Pleje af de enkelte arealer"),
        ("p", "Tabellen viser plejen af de enkelte dele af området, hvor ofte den sker, og hvem der "
              "står for den."),
        ("table", ["Areal", "Pleje", "Hvornår", "Udføres af"], pleje, [38, 66, 30, 30]),
        ("p", "Engen slås efter 15. juli, når de fleste planter har sat frø, og høet fjernes, så "
              "engen bliver mere næringsfattig og blomsterrig."),
        ("h1", "5. Stier"),
        ("p", "Stinettet bygger på de stier, der allerede findes. Alléstien får grusbelægning og "
              "kan bruges af alle. Hvordan flere stier kan gøres farbare for kørestole, "
              "undersøges i forbindelse med kommunens stiplan i 2058."),
        ("table", ["Sti", "Forløb", "Længde", "Belægning", "Egnet for kørestol"], stier,
         [28, 52, 20, 34, 30]),
        ("h1", "6. Børnenes skov"),
        ("p", "Den sydlige del af egeskoven, omkring 1,5 ha tæt på Bækkelund Børnehus og "
              "Ravnkilde Skole, er udlagt til leg og undervisning. Her må børnene bygge huler, "
              "klatre i træerne og samle grene. Der opsættes et shelter og et bålsted, og "
              "faldne træer bliver liggende til leg."),
        ("h1", "7. Økonomi"),
        ("p", "Plejen koster omkring 85.000 kr. om året, som afholdes af Park og Vejs driftsbudget. "
              "Grusstien i alléen og shelteret koster i alt 240.000 kr. og er bevilget i 2056."),
        ("h1", "8. Opfølgning"),
        ("p", "Natur og Park går området igennem hvert forår og tilpasser plejen efter behov. "
              "Eventuelle ændringer aftales med forpagteren."),
    ]

    def foot(n, m):
        return f"Side {n} af {m}"

    rl_pdf(d / "plan.pdf", p, title="Plejeplan for Bækkelund Naturpark 2056–2071",
           author="Ravnkilde Kommune", family="LS", size=10,
           head_left="Ravnkilde Kommune · Natur og Park",
           head_right="Plejeplan for Bækkelund Naturpark", foot=foot, accent="#3B6E22",
           head_fill="#E1EDD8")
    g = [
        P("S1", s1, "process", "covered", ev="Ravnkilde Kommune · Teknik og Miljø",
          trap="a condition in § 3 of a GAVEBREV (deed of gift of land) with its deadline; the "
               "meta line: adopted 18 May 2056, before 1 July"),
        P("1", nums[0], "content", "covered", ev="Alléen har 64 ege",
          trap="answered under 'Alléen' (other words: 'Træerne bevares … ser alléen efter hvert "
               "tredje år')"),
        P("2", nums[1], "content", "partial", ev="Tabellen viser plejen af de enkelte",
          missing=["at engen drives uden gødskning og sprøjtning (ikke nævnt)"],
          trap="høslæt after 15 July in the table and the sentence under it; nothing on "
               "fertiliser or spraying, which the gift makes a condition"),
        P("3", nums[2], "content", "partial", ev="Stinettet bygger på de stier",
          missing=["stier for gangbesværede og kørestolsbrugere ud over Alléstien (undersøges i "
                   "stiplanen 2058)"],
          trap="a path table with one 'Ja', one 'Delvist' for wheelchairs; the rest put off"),
        P("4", nums[3], "content", "covered", ev="Den sydlige del af egeskoven",
          trap="answered under a heading that shares no word with the point ('Børnenes skov')"),
        P("5", nums[4], "content", "uncovered",
          trap="SHARED WORDS in the background ('Invasive arter er et stigende problem i hele "
               "kommunen … en særlig indsatsplan for kæmpebjørneklo'): another plan named, no "
               "indsats for this area"),
        P("S2", s3, "process", "uncovered",
          trap="CONTRADICTED: the plan runs fifteen years (2056–2071) with no revision; the "
               "yearly spring walk adjusts the care, no revision of the plan."),
        P("S3", s2, "process", "partial", ev="Udkastet blev gennemgået på et møde",
          missing=["drøftelse med Danmarks Naturfredningsforenings lokalafdeling"],
          trap="past tense: a meeting with the beboerforening; DN never named. The givers' "
               "orientation (the next sentence of § 4) is none. Not points: § 1 the "
               "gift, § 2 purpose and building rules, the cost sentence in § 3, the givers' "
               "orientation in § 4, § 5 the givers' wishes (not conditions), § 6 tax, § 7 "
               "tilbagefald, § 8 tinglysning, the Byråd's acceptance"),
    ]
    return dict(language="da", mandate="mandate.pdf", plan="plan.pdf",
                drop=DROP["gavebrev"],
                producer="a GAVEBREV, a lawyer's deed of gift of land to a kommune (python-docx → "
                "LibreOffice, Liberation Serif 11.5, da-DK, running header, 'Side n af m'): § 1–8, "
                "the plejeplan condition with its deadline (S1), five conditions typed '1.' + tab "
                "(1–5), a revision sentence (S2) beside a cost rule, § 4 a consultation sentence "
                "(S3), the givers' wishes, tax, tilbagefald, tinglysning and the Byråd's "
                "acceptance none; plan reportlab (Liberation Sans 10, running head, 'Side n af "
                "m'), two tables, headings in other words, a deferral, shared words, a "
                "contradicted revision period", points=g)


# =========================================================================== 5 heat-order (en)
def _order_css() -> str:
    return (
        "@page{size:Letter;margin:13mm 15mm 15mm 15mm;@bottom-left{content:'marlowfalls.gov/"
        "mayor/executive-orders/2055-07';font:7.5pt 'DejaVu Sans',sans-serif;color:#666}"
        "@bottom-right{content:counter(page) '/' counter(pages);font:7.5pt 'DejaVu Sans',"
        "sans-serif;color:#666}}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
        "body{font-family:'DejaVu Serif',serif;font-size:9.6pt;line-height:1.45;color:#222;"
        "margin:0}.bar{background:#23395b;color:#fff;font-family:'DejaVu Sans',sans-serif;"
        "padding:6px 10px;display:flex;justify-content:space-between}.bar b{font-size:11.5pt}"
        ".bar span{font-size:7.8pt}.crumb{font-family:'DejaVu Sans',sans-serif;font-size:7.6pt;"
        "color:#555;margin:6px 0 10px}h1{font-family:'DejaVu Sans',sans-serif;font-size:15pt;"
        "margin:0 0 2px;text-align:center}.sub{text-align:center;font-weight:bold;"
        "margin-bottom:10px}p{margin:0 0 7px}.sec{font-weight:bold}.ind{margin-left:24px}"
        ".ind2{margin-left:48px;text-indent:-22px}.sum{font-family:'DejaVu Sans',sans-serif;"
        "font-size:8.4pt;background:#eef1f6;border:1px solid #ccd5e3;padding:6px 9px}.sig{margin-top:14px}.rel{font-family:"
        "'DejaVu Sans',sans-serif;font-size:8pt;border-top:1px solid #ccc;padding-top:6px;"
        "margin-top:14px;color:#444}"
    )


@pair
def heat_order(d: Path) -> dict:
    s_a = ("The Director of the Office of Emergency Management (the Director) shall prepare a "
           "Heat Response Plan for the City and submit it to the Mayor no later than April 1, "
           "2056.")
    b = [
        ("1", "establish the temperature and heat index thresholds at which the City activates "
              "each level of its heat response, and name the official who makes that decision"),
        ("2", "identify at least one cooling center in every council district, with its address "
              "and hours of operation"),
        ("3", "describe how residents who are homebound or live alone will be contacted and "
              "checked on during a heat emergency"),
        ("4", "set out measures to protect City employees who work outdoors, including rest "
              "breaks, shade and drinking water"),
        ("5", "assess the availability of shade and drinking fountains at bus stops and in City "
              "parks, and identify the places where they are most lacking"),
        ("6", "include a communications plan, with public messages in English, Spanish and "
              "Vietnamese"),
    ]
    s_c = ("In preparing the Plan, the Director shall consult the Department of Public Health, "
           "the Marlow Falls Housing Authority, and community organizations that serve older "
           "adults.")
    whereas = [
        "WHEREAS, the summers of 2053 and 2054 were the hottest on record in Marlow Falls, with "
        "nineteen days above 100 degrees Fahrenheit in 2054, against an average of four such "
        "days a year in the 2020s, and with nights that stayed above 80 degrees for a week; and",
        "WHEREAS, heat is the leading weather-related cause of death in the United States, and "
        "older adults, outdoor workers, and people without air conditioning are at greatest "
        "risk; and",
        "WHEREAS, emergency room visits for heat illness at Marlow Falls General Hospital rose "
        "from 61 in 2050 to 214 in 2054, and more than half of those treated were over 65 or "
        "worked outdoors; and",
        "WHEREAS, the neighborhoods east of the river have the least tree canopy and the highest "
        "surface temperatures in the City, and the fewest households with central air "
        "conditioning; and",
        "WHEREAS, the City has no single plan that sets out how its departments respond when "
        "dangerous heat is forecast; and",
        "WHEREAS, Section 4.02 of the City Charter authorizes the Mayor to direct the "
        "departments of the City by executive order;",
    ]
    body = (
        "<div class='bar'><b>City of Marlow Falls</b><span>Residents · Business · Government · "
        "Services · Search</span></div>"
        "<div class='crumb'>Home › Office of the Mayor › Executive Orders › 2055-07</div>"
        "<h1>EXECUTIVE ORDER NO. 2055-07</h1>"
        "<div class='sub'>Extreme Heat Preparedness</div>"
        "<p class='sum'><b>Summary:</b> This order directs the Office of Emergency Management to "
        "prepare a citywide Heat Response Plan, sets duties for the Parks, Public Works and "
        "Transit departments, and asks for a yearly report to the City Council. Questions about "
        "this order may be directed to the Mayor's Office at (555) 301-2200. A Spanish "
        "translation of this order is available on request.</p>"
        + "".join(f"<p>{e(w)}</p>" for w in whereas)
        + "<p>NOW, THEREFORE, I, Rosalind Tate, Mayor of the City of Marlow Falls, by the "
        "authority vested in me by the Charter and laws of the City, do hereby order as "
        "follows:</p>"
        "<p><span class='sec'>Section 1. Policy.</span> It is the policy of the City that every "
        "resident can reach a cool, safe place during dangerous heat, and that City services "
        "continue during heat emergencies. City departments shall treat extreme heat as a hazard "
        "on a par with floods and winter storms in their emergency planning, training and "
        "budgeting, and shall give priority to the residents and neighborhoods most at risk.</p>"
        "<p><span class='sec'>Section 2. Heat Response Plan.</span></p>"
        f"<p class='ind'>(a) {e(s_a)}</p>"
        "<p class='ind'>(b) The Plan shall:</p>"
        + "".join(f"<p class='ind2'>({k})&nbsp;&nbsp;{e(t)}{';' if k != '6' else '.'}"
                  f"{' and' if k == '5' else ''}</p>" for k, t in b)
        + f"<p class='ind'>(c) {e(s_c)}</p>"
        "<p class='ind'>(d) The Director may request staff support from any City department "
        "for the preparation of the Plan.</p>"
        "<p><span class='sec'>Section 3. Duties of Other Departments.</span></p>"
        "<p class='ind'>(a) The Department of Parks and Recreation shall extend the hours of "
        "City pools and spray grounds on days when the heat response is activated.</p>"
        "<p class='ind'>(b) The Department of Public Works shall plant no fewer than 500 street "
        "trees each year in the neighborhoods with the least tree canopy.</p>"
        "<p class='ind'>(c) The Transit Division shall allow riders to wait inside buses at "
        "terminal stops during a heat emergency.</p>"
        "<p><span class='sec'>Section 4. Reporting.</span> The Director shall report to the City "
        "Council each year, no later than October 31, on the City's response during the past "
        "summer.</p>"
        "<p><span class='sec'>Section 5. General Provisions.</span> This Order is intended to "
        "improve the internal management of the City. It does not create any right or benefit, "
        "substantive or procedural, enforceable at law or in equity by any party against the "
        "City, its departments, officers, or employees. If any provision of this Order is held "
        "invalid, the remaining provisions shall continue in effect.</p>"
        "<p><span class='sec'>Section 6. Effective Date.</span> This Order is effective "
        "immediately and remains in effect until amended or rescinded.</p>"
        "<div class='sig'><p>Signed this 2nd day of November, 2055.</p>"
        "<p>Rosalind Tate, Mayor<br>Attest: Hollis Grady, City Clerk</p></div>"
        "<div class='rel'>Related: Press release, November 2, 2055 · Cooling centers map · "
        "Sign up for heat alerts · Translate this page</div>"
    )
    html_pdf(d / "mandate.pdf", lang="en", title="Executive Order No. 2055-07 – Extreme Heat "
             "Preparedness", css=_order_css(), body=body)
    # the list (b) runs over the page break: (5) ends page 1, (6) opens page 2
    expect_on_page(d / "mandate.pdf", [(1, "where they are most lacking; and"),
                                       (2, "include a communications plan")])

    levels = [
        ["Heat Advisory", "Heat index 100–104 °F for two days", "OEM Duty Officer",
         "Alerts sent; libraries open as cooling centers"],
        ["Heat Warning", "Heat index 105–109 °F, or 100 °F for four days", "Director of OEM",
         "All cooling centers open until 10 p.m.; wellness calls begin"],
        ["Heat Emergency", "Heat index 110 °F or above", "Mayor, on the Director's advice",
         "Emergency Operations Center activated; transport to cooling centers"],
    ]
    centers = [
        ["1", "Eastside Library", "410 Perry St.", "Mon–Sat 9–8; to 10 p.m. in a Warning"],
        ["2", "Grady Senior Center", "18 Orchard Ave.", "Daily 8–6"],
        ["3", "Central Library", "200 Main St.", "Mon–Sun 9–9"],
        ["4", "–", "–", "A site is being sought"],
        ["5", "Lindale Recreation Center", "1550 Lindale Blvd.", "Daily 7–10"],
        ["6", "Lan Nguyen Community Hall", "77 Harbor Rd.", "Mon–Fri 10–6"],
    ]
    p = [
        ("title", "Heat Response Plan"),
        ("meta", "City of Marlow Falls · Office of Emergency Management · Submitted to the Mayor "
                 "March 18, 2056"),
        ("h1", "1. Why this plan"),
        ("p", "Executive Order 2055-07 asked the Office of Emergency Management to set out how the "
              "City prepares for and responds to dangerous heat. This plan brings together what "
              "City departments and our partners will do before and during a heat event. It "
              "covers the summer season from May 15 to September 30."),
        ("h2", "How we prepared the plan"),
        ("p", "Between December 2055 and February 2056 we held three working sessions with the "
              "Department of Public Health and the Marlow Falls Housing Authority, and met with "
              "the Council on Aging, Meals on Wheels of Marlow Falls and the Eastside Seniors "
              "Network. Their comments are reflected throughout the plan."),
        ("h1", "2. When we act"),
        ("p", "The City's response has three levels. The table shows when each level starts, who "
              "decides, and what happens. Forecasts from the National Weather Service are "
              "checked every morning from May 15."),
        ("table", ["Level", "Trigger", "Declared by", "What happens"], levels,
         [3.0, 4.6, 3.6, 5.2]),
        ("h1", "3. Places to cool off"),
        ("p", "Cooling centers are open to everyone, free of charge, with water, seating and "
              "restrooms. Pets on a leash are welcome in the outdoor shaded areas."),
        ("table", ["District", "Cooling center", "Address", "Hours"], centers,
         [1.8, 4.8, 3.8, 6.0]),
        ("h1", "4. Who we call"),
        ("p", "Before each summer, the Department of Public Health and the Housing Authority "
              "update a voluntary list of residents who are homebound or live alone. When a Heat "
              "Warning is declared, volunteers and staff call everyone on the list once a day. "
              "If no one answers after two calls, a community health worker or the police "
              "visits the home. Meals on Wheels drivers also check on their clients at every "
              "delivery."),
        ("h1", "5. City workers"),
        ("p", "Many City employees in Public Works, Parks and Transit work outdoors all summer. "
              "Rules on rest breaks, shade and water for outdoor work will be set in a new Human "
              "Resources policy to be issued in summer 2056."),
        ("h1", "6. Bus stops and parks"),
        ("p", "The City has 212 bus stops and 38 parks. Many bus stops have shelters, and shade "
              "trees were planted in several parks in 2054. Drinking fountains in parks are "
              "turned on from May to October."),
        ("h1", "7. Getting the word out"),
        ("p", "Heat alerts go out by text message, e-mail, the City's social media and local radio "
              "when each level is declared. All alerts and the cooling center list are published "
              "in English and Spanish. Posters are placed in libraries, clinics and grocery "
              "stores."),
        ("h1", "8. After each summer"),
        ("p", "OEM reviews the season with all partners in October and reports to the City "
              "Council by October 31, as the Executive Order requires."),
    ]
    docx_pdf(d / "plan.pdf", p, title="Heat Response Plan – City of Marlow Falls",
             author="Office of Emergency Management", font="Liberation Sans", size=10.5,
             lang="en-US", header="City of Marlow Falls · Heat Response Plan",
             footer="Page {PAGE} of {NUMPAGES}", accent="23395B", head_fill="DCE3EE")
    g = [
        P("2a", s_a, "process", "covered", ev="City of Marlow Falls · Office of Emergency",
          trap="Section 2(a) of a MAYOR'S EXECUTIVE ORDER printed from the city's web site; the "
               "meta line: submitted March 18, 2056, before April 1"),
        P("2b1", b[0][1], "content", "covered", ev="The City's response has three levels",
          trap="answered under a heading in other words ('When we act') with a table of "
               "triggers and a 'Declared by' column"),
        P("2b2", b[1][1], "content", "partial", ev="Cooling centers are open to everyone",
          missing=["a cooling center in District 4 ('A site is being sought')"],
          trap="a table per district with addresses and hours; one district empty"),
        P("2b3", b[2][1], "content", "covered", ev="Before each summer, the Department",
          trap="answered under a heading that shares no word with the point ('Who we call')"),
        P("2b4", b[3][1], "content", "uncovered",
          trap="put off to a Human Resources policy to be issued in summer 2056, under 'City "
               "workers'"),
        P("2b5", b[4][1], "content", "uncovered",
          trap="SHARED WORDS under 'Bus stops and parks': counts of stops and parks, shelters, "
               "trees planted in 2054 and fountains — no assessment and no list of the places "
               "most lacking"),
        P("2b6", b[5][1], "deliverable", "partial", ev="Heat alerts go out by text message",
          missing=["public messages in Vietnamese"],
          trap="English and Spanish only"),
        P("2c", s_c, "process", "covered", ev="Between December 2055 and February 2056",
          trap="past tense under 'How we prepared the plan': Public Health, the Housing Authority "
               "and three organizations for older adults. Not points: the WHEREAS clauses, "
               "Section 1 policy, 2(d) (a power, not a duty), Section 3 (other departments' "
               "duties), Section 4 (a yearly report after the plan, though the plan names it), "
               "Sections 5–6, the signature and the related links"),
    ]
    return dict(language="en", mandate="mandate.pdf", plan="plan.pdf",
                drop=DROP["heat-order"],
                producer="a MAYOR'S EXECUTIVE ORDER printed from the city's web site with Chromium "
                "(US Letter, DejaVu Serif 9.6, site bar, crumbs, the page URL and 'n/m' at the "
                "foot): a summary box, six WHEREAS clauses, the ordering sentence, Section 1 "
                "policy, Section 2 "
                "(a) the order with its deadline (2a), (b) 'The Plan shall:' (1)–(6) indented "
                "(2b1–2b6), (c) a consultation duty (2c), (d) a power, Sections 3–6 and the "
                "signature none; plan python-docx → LibreOffice (Liberation Sans 10.5, en-US, "
                "'Page n of m'), two tables, headings in other words, past tense, a deferral, "
                "shared words, an empty district", points=g)


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


BUILDER = "corpora/mandates-blind55/make_pairs.py"

if __name__ == "__main__":
    main(sys.argv[1:])
