"""Build the twentieth blind batch of mandate/plan pairs under corpora/mandates-blind20/ and their gold.

Written on 2026-12-04 without reading plancheck's code, from how mandates are really delivered:
a bokmål SÆRUTSKRIFT of a kommunestyrevedtak (printed by a case system, reportlab) whose
points are the "Kommunestyret ber kommunedirektøren …" clauses of a numbered vedtak that also
notes, refers and grants money (those clauses are no points), after an innstilling that fell;
a nynorsk E-POST (written in Writer, exported to PDF by LibreOffice) whose points stand in ONE
paragraph separated by semicolons, with a required form and process requirements in the prose
after it; a Swedish PROJEKTDIREKTIV from the project portal (printed with Chromium) whose
'Omfattning' has first-level labels and sub-items numbered 1.1, 1.2 … by CSS counters, and an
'Avgränsningar' list that is none; a Danish AFGRÆNSNINGSNOTAT for a miljørapport (Word to PDF)
with a table `Miljøforhold | Hvad skal vurderes | Metode` in which some rows say "Vurderes
ikke"; and an English PEER REVIEW feedback report (Word to PDF) whose key recommendations are
Word-numbered and repeated in shaded boxes in the body.

    python corpora/mandates-blind20/make_pairs.py               # all pairs
    python corpora/mandates-blind20/make_pairs.py heltid        # some pairs
    python corpora/mandates-blind20/make_pairs.py --verify      # gold quotes against pdftotext

Imports the nineteenth batch's builder (corpora/mandates-blind19/make_pairs.py) and through it
the earlier ones (P, web_pdf, build_odfpy, build_rl_pdf, build_pdf_l, build_docx_l, pdf_pages,
the construction check, odf_language, joined), blindkit's chromium_pdf and the gold writer of
corpora/mandates-blind/_build.py. Everything is pinned, so a rebuild gives the same files.
"""

from __future__ import annotations

import html as _h
import importlib.util
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "mandates-blind"))
sys.path.insert(0, str(HERE.parent / "scripts"))

from _build import rendered_pages, write_gold  # noqa: E402
from _docx_helpers import export_pdf  # noqa: E402
from blindkit import chromium_pdf  # noqa: E402


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_b19 = _load("mandates_blind19_make_pairs", HERE.parent / "mandates-blind19" / "make_pairs.py")
P, web_pdf, build_odfpy, build_rl_pdf, build_pdf_l = (_b19.P, _b19.web_pdf, _b19.build_odfpy,
                                                      _b19.build_rl_pdf, _b19.build_pdf_l)
pdf_pages, check_points_in_mandate, build_docx_l = (_b19.pdf_pages, _b19.check_points_in_mandate,
                                                    _b19.build_docx_l)
flat, odf_language, joined = _b19.flat, _b19.odf_language, _b19.joined

PAIRS: dict[str, Callable[[Path], dict]] = {}


def pair(fn):
    PAIRS[fn.__name__.replace("_", "-")] = fn
    return fn


def odt_to_pdf(blocks: list[tuple], pdf: Path, *, title: str, lang: str) -> Path:
    """A document written in Writer (.odt, odfpy) and exported to PDF by LibreOffice; the .odt
    is not kept (the mandate was sent as PDF)."""
    with tempfile.TemporaryDirectory(prefix="mblind20-odt-") as tmp:
        odt = build_odfpy(blocks, Path(tmp) / (pdf.stem + ".odt"), title=title, lang=lang)
        out = export_pdf(odt, Path(tmp) / "out")
        pdf.write_bytes(out.read_bytes())
    return pdf


# =========================================================================== 1 heltid (nb)


@pair
def heltid(d: Path) -> dict:
    v = {
        2: "Kommunestyret ber kommunedirektøren utarbeide en handlingsplan for heltidskultur i "
           "helse og omsorg, som legges fram for kommunestyret innen utgangen av oktober 2035.",
        3: "Kommunestyret ber kommunedirektøren kartlegge hvor mange deltidsansatte som ønsker "
           "større stilling, fordelt på sykepleiere, helsefagarbeidere og assistenter.",
        4: "Kommunestyret ber kommunedirektøren vurdere langvakter i helg og andre "
           "turnusordninger som kan gi flere hele stillinger.",
        6: "Kommunestyret ber kommunedirektøren sørge for at planen utarbeides i samarbeid med "
           "de hovedtillitsvalgte i Fagforbundet, NSF og Delta.",
        7: "Kommunestyret ber kommunedirektøren foreslå hvordan nyutdannede sykepleiere kan "
           "tilbys hel stilling fra første dag.",
        9: "Kommunestyret ber kommunedirektøren beskrive hvordan ledige stillingsprosenter skal "
           "tilbys deltidsansatte før de lyses ut eksternt.",
        10: "Kommunestyret ber kommunedirektøren gjøre rede for kostnadene ved økt "
            "grunnbemanning, og hvordan de kan dekkes innenfor rammen.",
        11: "Kommunestyret ber kommunedirektøren vurdere en felles bemanningsenhet for "
            "sykehjemmene og hjemmetjenesten.",
        12: "Kommunestyret ber om at planen får en tiltakstabell med ansvar og frist for hvert "
            "tiltak.",
        13: "Kommunestyret ber kommunedirektøren legge planen fram for administrasjonsutvalget "
            "og eldrerådet før den behandles i kommunestyret.",
        14: "Kommunestyret ber kommunedirektøren rapportere andelen ansatte i hele stillinger i "
            "årsmeldingen fra og med 2036.",
    }
    none = {
        1: "Kommunestyret tar kommunedirektørens statusrapport om deltid i helse og omsorg til "
           "orientering.",
        5: "Kommunestyret viser til at heltid er et satsingsområde i arbeidsgiverstrategien "
           "2033–2036.",
        8: "Det settes av 450 000 kroner til en prosjektkoordinator for heltid i 2035, "
           "finansiert ved bruk av disposisjonsfondet. Budsjettet justeres tilsvarende.",
    }
    allv = {**v, **none}
    vedtak = [("p", f"<b>{i}.</b>&nbsp;&nbsp;{allv[i]}") for i in range(1, 15)]
    m = [
        ("meta", "HOVSRUD KOMMUNE · Elements saksbehandling · Utskrift 21.03.2035 08:12"),
        ("title", "Særutskrift"),
        ("table", ["Utvalg", "Møtedato", "Saksnr.", "Arkivsak"],
         [["Kommunestyret", "19.03.2035", "024/35", "35/0311"]], [45, 30, 25, 30]),
        ("h1", "Heltidskultur i helse og omsorg – oppfølging av interpellasjon"),
        ("h2", "Kommunedirektørens innstilling"),
        ("p", "1. Kommunestyret tar statusrapporten om deltid i helse og omsorg til "
              "orientering."),
        ("p", "2. Kommunedirektøren kommer tilbake til spørsmålet om heltid i forbindelse med "
              "budsjettet for 2036."),
        ("h2", "Behandling i Kommunestyret 19.03.2035"),
        ("p", "Kristin Moe (Ap) la fram et fellesforslag fra Ap, H, Sp og SV som erstatter "
              "innstillingen i sin helhet. Fellesforslaget ble enstemmig vedtatt. "
              "Innstillingen falt dermed."),
        ("h2", "Kommunestyrets vedtak"),
        *vedtak,
        ("p", "Rett utskrift bekreftes. Hovsrud, 21.03.2035"),
        ("p", "Ingrid Solheim, politisk sekretariat"),
        ("meta", "Kopi: Kommunalsjef helse og omsorg, HR-sjef, hovedtillitsvalgte"),
    ]
    build_rl_pdf(d / "saerutskrift.pdf", title="Særutskrift – Heltidskultur i helse og omsorg",
                 author="Hovsrud kommune", creator="Elements saksbehandling",
                 running="Hovsrud kommune – Særutskrift sak 024/35", blocks=m, page_word="Side")
    p = [
        ("title", "Handlingsplan for heltidskultur i helse og omsorg 2036–2039"),
        ("meta", "Hovsrud kommune · Kommunedirektørens forslag · Til kommunestyret 23. oktober "
                 "2035 · Arkivsak 35/0311"),
        ("h1", "1 Innledning"),
        ("p", "Kommunestyret ba i mars 2035 om en plan for å få flere ansatte i hele stillinger "
              "(sak 024/35). Planen er laget av en partssammensatt arbeidsgruppe med "
              "Fagforbundet, NSF og ledere fra sykehjemmene og hjemmetjenesten."),
        ("p", "Utkastet ble behandlet i administrasjonsutvalget 2. oktober 2035 og i eldrerådet "
              "6. oktober 2035."),
        ("h1", "2 Slik er det i dag"),
        ("p", "61 prosent av de ansatte i helse og omsorg arbeider deltid. Gjennomsnittlig "
              "stillingsstørrelse er 68 prosent. Tallene er hentet fra årsmeldingen for 2034."),
        ("p", "I spørreundersøkelsen i mai 2035 svarte 142 deltidsansatte at de ønsker større "
              "stilling: 58 sykepleiere og 84 helsefagarbeidere."),
        ("h1", "3 Mål for planperioden"),
        ("p", "Minst halvparten av de ansatte i helse og omsorg skal ha hel stilling innen "
              "utgangen av 2039. Ingen nye stillinger skal lyses ut med mindre enn 80 prosent "
              "uten at det er særskilt begrunnet."),
        ("p", "Arbeidsmiljøloven slår fast at hovedregelen i arbeidslivet er fast, hel "
              "stilling."),
        ("h1", "4 Turnus"),
        ("p", "Fra høsten 2036 prøver Solbakken sykehjem ut vakter på 12,5 timer annenhver "
              "helg. Da trengs færre små helgestillinger, og flere kan gå opp i 100 prosent. "
              "Årsturnus innføres i alle enheter innen 2038."),
        ("h1", "5 Ledige stillinger"),
        ("p", "Før en stilling eller et ledig stillingsbrøk lyses ut eksternt, skal enheten "
              "tilby den til egne deltidsansatte etter ansiennitet. Dette skrives inn i "
              "rutinen for tilsetting."),
        ("h1", "6 Bemanningssenteret"),
        ("p", "Fra 1. januar 2037 dekker et felles bemanningssenter korttidsfravær ved "
              "Solbakken, Li og Åsheim sykehjem. De ansatte i senteret har hele stillinger og "
              "fast tilknytning til ett av sykehjemmene."),
        ("h1", "7 Rekruttering"),
        ("p", "Det er stor konkurranse om sykepleierne i regionen. Mange nyutdannede "
              "sykepleiere har hatt sommerjobb hos oss, og kommunen deltar hvert år på "
              "karrieredagen ved høgskolen."),
        ("h1", "8 Økonomi"),
        ("p", "Økt grunnbemanning gir merkostnader det første året. Dette vil bli vurdert i "
              "budsjettprosessen for 2037."),
        ("break",),
        ("h1", "9 Tiltak"),
        ("table", ["Tiltak", "Ansvar", "Når"],
         [["Prøve ut langvakter annenhver helg på Solbakken", "Enhetsleder Solbakken",
           "Høst 2036"],
          ["Skrive intern utlysning inn i tilsettingsrutinen", "HR-sjef", "1. halvår 2036"],
          ["Etablere bemanningssenter for sykehjemmene", "Kommunalsjef helse og omsorg",
           "1.1.2037"],
          ["Innføre årsturnus i alle enheter", "Enhetslederne", ""],
          ["Heltidsnettverk for tillitsvalgte og ledere", "HR-sjef og hovedtillitsvalgte", ""]],
         [80, 55, 30]),
    ]
    build_docx_l(p, d / "plan.docx", word_lang="nb", title="Handlingsplan for heltidskultur i "
                 "helse og omsorg 2036–2039", author="Hovsrud kommune",
                 header="Hovsrud kommune – handlingsplan for heltidskultur")
    g = [
        P("2", v[2], "process", "covered", ev="Hovsrud kommune · Kommunedirektørens forslag",
          trap="a 'ber kommunedirektøren' clause of a numbered vedtak (number as printed, the "
          "gaps 1, 5 and 8 are a noting, a reference and a grant, no points); the innstilling "
          "'1.'/'2.' above it fell and is none; the plan is the handlingsplan asked for, sent to "
          "the kommunestyre on 23 October 2035 (its meta line), before the end of October"),
        P("3", v[3], "content", "partial", ev="I spørreundersøkelsen i mai 2035",
          missing=["assistenter"],
          trap="answered with figures for two of the three groups (58 nurses, 84 helsefag"
          "arbeidere); the assistants are not counted"),
        P("4", v[4], "content", "covered", ev="Fra høsten 2036 prøver Solbakken",
          trap="answered in other words under 'Turnus': 12.5-hour shifts every other weekend "
          "and årsturnus; the word 'langvakter' stands only in the table on page 3"),
        P("6", v[6], "process", "partial", ev="Kommunestyret ba i mars 2035",
          missing=["Delta"],
          trap="a process point answered in the introduction: a partssammensatt group with "
          "Fagforbundet and NSF; Delta is not named"),
        P("7", v[7], "content", "uncovered",
          trap="the object named in passing: 'Mange nyutdannede sykepleiere har hatt sommerjobb "
          "hos oss' under 'Rekruttering' proposes nothing about a full post from the first day"),
        P("9", v[9], "content", "covered", ev="Før en stilling eller et ledig stillingsbrøk",
          trap="answered in other words ('ledig stillingsbrøk', 'tilby den til egne "
          "deltidsansatte'); the vedtak's clause 8 before it (the grant) is none"),
        P("10", v[10], "content", "uncovered",
          trap="deferred: the extra costs 'vil bli vurdert i budsjettprosessen for 2037'; no "
          "amount and no cover within the frame"),
        P("11", v[11], "content", "partial", ev="Fra 1. januar 2037 dekker et felles",
          missing=["hjemmetjenesten"],
          trap="a common staffing unit for the three nursing homes only; the home services, "
          "named in the introduction, are not part of it"),
        P("12", v[12], "deliverable", "partial", ev="Tiltak Ansvar Når",
          missing=["frist for hvert tiltak"],
          trap="a required form ('ber om at planen får …', not 'ber kommunedirektøren'): the "
          "table on page 2 has an owner for every row but two rows have an empty 'Når' cell"),
        P("13", v[13], "process", "covered", ev="Utkastet ble behandlet i administrasjonsutvalget",
          trap="answered by dates and bodies in the introduction (2 and 6 October 2035, both "
          "before the council meeting on 23 October)"),
        P("14", v[14], "content", "uncovered",
          trap="shared word: 'Tallene er hentet fra årsmeldingen for 2034' uses the annual "
          "report as a source; nothing says the share will be reported there from 2036"),
    ]
    return dict(language="nb", mandate="saerutskrift.pdf", plan="plan.docx",
                header="Hovsrud kommune – Særutskrift sak 024/35",
                producer="særutskrift printed by a case system (reportlab, 'Side n', running "
                "line): case grid, an innstilling that fell, 'Behandling', a vedtak of fourteen "
                "numbered clauses of which eleven ask ('Kommunestyret ber …') and three note, "
                "refer or grant money; plan .docx (kept, 'Side n av m') with short chapters, page 2 "
                "half empty before a page break and the measure table on page 3", points=g)


# =========================================================================== 2 grendahus (nn)


@pair
def grendahus(d: Path) -> dict:
    items = [
        "kartleggje den tekniske tilstanden til alle dei 17 grendahusa i kommunen",
        "gje ei oversikt over kven som eig og driv kvart hus",
        "vurdere kva for hus kommunen bør eige sjølv, og om nokre bør overdragast til "
        "grendalaga",
        "greie ut korleis husa vert brukte i dag, og kor ofte",
        "foreslå ei ordning for kommunalt driftstilskot med klare kriterium",
        "vurdere universell utforming og tilkomst for rørslehemma",
        "sjå på moglegheitene for energisparing og solceller",
        "gjere greie for korleis husa kan nyttast som evakueringsstad ved ei krise",
    ]
    s = [
        "Planen skal ha ein tiltaksdel med ansvar, frist og kostnad for kvart tiltak.",
        "Grendalaga og ungdomsrådet skal få vere med i arbeidet, og det skal haldast minst "
        "eitt ope møte i kvar av dei tre krinsane.",
        "Utkastet skal sendast på høyring til grendalaga i minst fire veker.",
        "Endeleg plan skal leggjast fram for formannskapet innan 1. oktober 2035.",
    ]
    body = "Planen skal " + "; ".join(items[:-1]) + "; og " + items[-1] + "."
    m = [
        ("meta", "Frå: Astrid Nesheim, kommunedirektør"),
        ("meta", "Sendt: 12. januar 2035 09:14"),
        ("meta", "Til: Olav Tveit, kultursjef"),
        ("meta", "Kopi: Eigedomssjef Brit Lunde; Økonomisjef Per Åkre"),
        ("meta", "Emne: Oppdrag – plan for grendahusa (sak 88/34)"),
        ("p", "Hei Olav,"),
        ("p", "Som du veit, bad kommunestyret i desember om ein plan for grendahusa i Skorvdal. "
              "Kommunen eig fem av dei 17 husa, og resten er eigde av grendalag, "
              "ungdomslag og andre lag. Fleire av husa har store etterslep på vedlikehald, og kommunen gav "
              "i fjor 640 000 kroner i tilskot utan faste reglar."),
        ("p", "Eg ber deg leie arbeidet. " + body),
        ("p", s[0] + " " + s[1] + " Eigedomsavdelinga kan hjelpe med "
              "tilstandsvurderingane, og du kan bruke inntil 150 000 kroner til innleigd "
              "hjelp."),
        ("p", s[2] + " " + s[3] + " Ta gjerne kontakt om noko er uklart."),
        ("p", "Helsing Astrid"),
        ("meta", "Astrid Nesheim · Kommunedirektør · Skorvdal kommune · Tlf. 57 68 20 00"),
    ]
    odt_to_pdf(m, d / "epost.pdf", title="Oppdrag – plan for grendahusa", lang="nn")
    p = [
        ("title", "Plan for grendahusa i Skorvdal 2036–2040"),
        ("meta", "Skorvdal kommune · Kultur · Til formannskapet 17. september 2035"),
        ("h1", "1 Om arbeidet"),
        ("p", "Grendalaga og ungdomsrådet har hatt kvar sin representant i arbeidsgruppa. Vi "
              "heldt ope møte i alle tre krinsane i mars 2035: på Skar 4. mars, i Kvamsbygda "
              "6. mars og på Nes 11. mars."),
        ("p", "Utkastet låg ute på høyring hos grendalaga frå 2. til 20. mai 2035. Det kom "
              "sju fråsegner."),
        ("h1", "2 Dei kommunale husa"),
        ("p", "Eigedomsavdelinga har gått gjennom dei fem husa kommunen eig. To av dei har "
              "tilstandsgrad 2 eller 3 på tak og drenering."),
        ("table", ["Hus", "Tilstandsgrad", "Viktigaste behov"],
         [["Nedre Skar skule", "2", "Nytt tak"], ["Kvamsbygda samfunnshus", "3",
                                                  "Drenering og fukt i kjellar"],
          ["Nes grendahus", "1", "–"], ["Øvre Skar bedehus", "1", "Måling"],
          ["Liaberget skulestove", "2", "Vindauge"]], [60, 30, 70]),
        ("p", "Bruken av husa varierer mykje frå krins til krins."),
        ("h1", "3 Eigarskap i framtida"),
        ("p", "Kommunen bør halde fram med å eige Nedre Skar skule og Kvamsbygda "
              "samfunnshus, som er dei største og mest brukte. Dei tre andre husa vert "
              "tilbodne grendalaga vederlagsfritt, med eit eingongstilskot til vedlikehald."),
        ("h1", "4 Tilskot"),
        ("p", "Alle hus som er opne for utleige til allmenta, kan søkje om driftsstøtte kvart "
              "år innan 1. mars. Støtta vert rekna ut frå storleiken på huset og talet på "
              "utleigedagar året før."),
        ("h1", "5 Energi"),
        ("p", "Etterisolering og luft-til-luft-varmepumper vil kutte straumrekninga i dei "
              "kommunale husa med om lag ein tredjedel."),
        ("h1", "6 Beredskap"),
        ("p", "Fire av husa får inntak for straumaggregat og vert peika ut som samlingsplass "
              "for bygdene ved langvarig straumbrot eller stengde vegar."),
        ("p", "Universell utforming er eit krav ved alle større ombyggingar."),
        ("h1", "7 Tiltak"),
        ("table", ["Tiltak", "Ansvar", "Kostnad"],
         [["Nytt tak på Nedre Skar skule", "Eigedomssjef", "850 000 kr"],
          ["Drenering ved Kvamsbygda samfunnshus", "Eigedomssjef", "420 000 kr"],
          ["Overdra tre hus til grendalaga", "Kommunedirektør", "3 × 100 000 kr"],
          ["Aggregatinntak i fire hus", "Beredskapskoordinator", "160 000 kr"]], [75, 45, 40]),
        ("h1", "Vedlegg Grendahusa i Skorvdal"),
        ("table", ["Grendahus", "Eigar", "Drift"],
         [["Nedre Skar skule", "Kommunen", "Skar grendalag"],
          ["Kvamsbygda samfunnshus", "Kommunen", "Kommunen"],
          ["Nes grendahus", "Kommunen", "Nes ungdomslag"],
          ["Øvre Skar bedehus", "Kommunen", "Skar grendalag"],
          ["Liaberget skulestove", "Kommunen", "Liaberget grendalag"],
          ["Framnes", "Framnes ungdomslag", "Eigaren"], ["Heimly", "Kvamsbygda grendalag",
                                                         "Eigaren"],
          ["Solbu", "Nes ungdomslag", "Eigaren"], ["Fjellheim", "Skorvdal fjellstyre",
                                                   "Skorvdal jeger- og fiskarlag"],
          ["Breidablikk", "Øvre Skar grendalag", "Eigaren"], ["Varden", "Lia ungdomslag",
                                                              "Eigaren"],
          ["Storstova", "Storli grendalag", "Eigaren"], ["Åsgard", "Åsen ungdomslag",
                                                         "Åsen idrettslag"],
          ["Bjørkly", "Bjørkli grendalag", "Eigaren"], ["Vonheim", "Nes mållag", "Eigaren"],
          ["Tunstova", "Tun grendalag", "Eigaren"], ["Gimle", "Kvam ungdomslag", "Eigaren"]],
         [65, 50, 50]),
    ]
    build_rl_pdf(d / "plan.pdf", title="Plan for grendahusa i Skorvdal 2036–2040",
                 author="Skorvdal kommune", creator="Skorvdal kommune – Kultur",
                 running="Skorvdal kommune · Plan for grendahusa 2036–2040", blocks=p,
                 page_word="Side")
    g = [
        P("1", items[0], "content", "partial", ev="Eigedomsavdelinga har gått gjennom",
          missing=["tilstanden til dei tolv husa kommunen ikkje eig"],
          trap="the first of eight points in ONE paragraph separated by semicolons after "
          "'Planen skal' (numbered by position; text without the joining '; og'); the survey "
          "covers the five houses the municipality owns, not all seventeen"),
        P("2", items[1], "content", "covered", ev="Grendahus Eigar Drift",
          trap="answered only in the appendix table (owner and operator for all 17 houses)"),
        P("3", items[2], "content", "covered", ev="Kommunen bør halde fram med å eige",
          trap="answered in other words: 'halde fram med å eige', 'tilbodne grendalaga "
          "vederlagsfritt'"),
        P("4", items[3], "content", "uncovered",
          trap="the object named in passing: 'Bruken av husa varierer mykje frå krins til "
          "krins' says nothing of how or how often"),
        P("5", items[4], "content", "covered", ev="Alle hus som er opne for utleige",
          trap="answered in other words: 'driftsstøtte', criteria given as size of the house "
          "and number of rental days"),
        P("6", items[5], "content", "uncovered",
          trap="a general rule ('Universell utforming er eit krav ved alle større "
          "ombyggingar') under 'Beredskap' assesses no house and says nothing of access"),
        P("7", items[6], "content", "partial", ev="Etterisolering og luft-til-luft",
          missing=["solceller"],
          trap="energy saving is answered in other words (insulation, heat pumps), solar "
          "panels are not mentioned"),
        P("8", items[7], "content", "covered", ev="Fire av husa får inntak for straumaggregat",
          trap="answered in other words: 'samlingsplass for bygdene ved langvarig "
          "straumbrot eller stengde vegar' for 'evakueringsstad ved ei krise'"),
        P("S1", s[0], "deliverable", "partial", ev="Tiltak Ansvar Kostnad",
          missing=["frist"],
          trap="a required form in the prose after the list; the table has owner and cost but "
          "no deadline column"),
        P("S2", s[1], "process", "covered", ev="Grendalaga og ungdomsrådet har hatt",
          trap="answered by bodies and dates (three open meetings, one per krins); "
          "'Eigedomsavdelinga kan hjelpe …' and the budget after it are none"),
        P("S3", s[2], "process", "partial", ev="Utkastet låg ute på høyring hos grendalaga",
          missing=["høyring i minst fire veker"],
          trap="the hearing was held, but from 2 to 20 May (under three weeks)"),
        P("S4", s[3], "process", "covered", ev="Skorvdal kommune · Kultur · Til formannskapet",
          trap="answered only in the meta line (to the formannskap on 17 September 2035); "
          "'Ta gjerne kontakt …' after it is none"),
    ]
    return dict(language="nn", mandate="epost.pdf", plan="plan.pdf", header="",
                producer="e-mail written in Writer and exported to PDF by LibreOffice "
                "(Frå/Sendt/Til/Kopi/Emne lines, no page furniture): eight points in one "
                "paragraph separated by semicolons after 'Planen skal', a required form and "
                "three process requirements in the prose after it; plan laid out with "
                "reportlab ('Side n', running line), a condition table, a measure table "
                "without deadlines and an appendix table", points=g)


# =========================================================================== 3 reservvatten (sv)


def portal_pdf(path: Path, *, title: str, crumbs: str, meta: str, blocks: list[tuple],
               lang: str) -> Path:
    """A page of the municipality's project portal printed with Chromium: breadcrumb, title,
    meta line, headings, paragraphs, bullet lists and an outline whose numbers (1, 1.1, 1.2 …)
    are drawn by CSS counters, not typed."""
    out = []
    for b in blocks:
        if b[0] in ("h2", "p"):
            out.append(f"<{b[0]}>{_h.escape(b[1])}</{b[0]}>")
        elif b[0] == "ul":
            out.append("<ul>" + "".join(f"<li>{_h.escape(x)}</li>" for x in b[1]) + "</ul>")
        elif b[0] == "outline":
            lis = []
            for label, subs in b[1]:
                inner = "".join(f"<li>{_h.escape(x)}</li>" for x in subs)
                lis.append(f"<li><span class='lab'>{_h.escape(label)}</span><ol>{inner}</ol></li>")
            out.append("<ol class='outline'>" + "".join(lis) + "</ol>")
        else:
            raise ValueError(b[0])
    css = ("body{font-family:'DejaVu Sans',sans-serif;font-size:10.5pt;margin:12mm 18mm;color:#222}"
           ".crumbs{font-size:8pt;color:#666}h1{font-size:17pt;color:#004b6b;margin:6px 0}"
           "h2{font-size:12.5pt;color:#004b6b;margin:14px 0 4px}.meta{font-size:8.5pt;color:#555}"
           "ol.outline,ol.outline ol{list-style:none;padding-left:0;margin:4px 0}"
           "ol.outline{counter-reset:a}ol.outline>li{counter-increment:a;margin:6px 0}"
           "ol.outline>li::before{content:counter(a) '  ';font-weight:bold}"
           ".lab{font-weight:bold}ol.outline ol{counter-reset:b;margin-left:9mm}"
           "ol.outline ol>li{counter-increment:b;margin:3px 0;padding-left:9mm;text-indent:-9mm}"
           "ol.outline ol>li::before{content:counter(a) '.' counter(b);display:inline-block;"
           "width:9mm;text-indent:0}"
           "footer{margin-top:18px;font-size:8pt;color:#666;border-top:1px solid #ccc}")
    page = (f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>"
            f"{_h.escape(title)}</title><style>{css}</style></head><body>"
            f"<div class='crumbs'>{_h.escape(crumbs)}</div><h1>{_h.escape(title)}</h1>"
            f"<p class='meta'>{_h.escape(meta)}</p>" + "".join(out)
            + "<footer>Projektportalen · Bergsåkers kommun · Utskrift</footer></body></html>")
    with tempfile.TemporaryDirectory(prefix="mblind20-portal-") as tmp:
        src = Path(tmp) / "page.html"
        src.write_text(page, encoding="utf-8")
        chromium_pdf(src, path)
    return path


@pair
def reservvatten(d: Path) -> dict:
    outline = [
        ("Nuläge och sårbarhet", [
            "Kartlägga kommunens vattentäkter och vattenverk och deras sårbarhet för "
            "föroreningar, torka och elavbrott.",
            "Beräkna vattenbehovet vid en störning för hushåll, vård och omsorg och "
            "livsmedelsindustrin.",
            "Identifiera samhällsviktiga verksamheter som är beroende av kommunalt vatten."]),
        ("Reservvatten", [
            "Utreda möjliga reservvattentäkter, med kapacitet och vattenkvalitet.",
            "Bedöma om en överföringsledning från Norrvikens vattenverk är ett realistiskt "
            "alternativ.",
            "Redovisa vilket skydd reservvattentäkterna behöver, till exempel "
            "vattenskyddsområde."]),
        ("Nödvatten", [
            "Ta fram en nödvattenplan med tappställen, tankar och prioriterade abonnenter.",
            "Beskriva hur invånarna ska informeras vid en störning i vattenförsörjningen."]),
        ("Genomförande", [
            "Föreslå åtgärder med ansvar, kostnad och tidplan.",
            "Redovisa hur planen ska övas och hållas aktuell."]),
    ]
    s1 = "Samråd ska ske med Länsstyrelsen och Region Norrmark innan planen fastställs."
    s2 = "Planen ska överlämnas till kommunstyrelsen senast den 30 november 2036."
    m = [
        ("p", "Projektdirektiv · Uppdrag från kommunstyrelsens arbetsutskott 2036-02-09 § 18. "
              "Direktivet beskriver vad projektet ska leverera."),
        ("h2", "Bakgrund"),
        ("p", "Bergsåker får sitt dricksvatten från två grundvattentäkter och ett ytvattenverk "
              "vid Storsjön. Sommaren 2035 sjönk grundvattennivån i Tallåsen så mycket att "
              "bevattningsförbud infördes. Livsmedelsverket rekommenderar att kommuner har en "
              "plan för reservvatten och nödvatten."),
        ("h2", "Projektets omfattning"),
        ("p", "Projektet ska leverera följande:"),
        ("outline", outline),
        ("h2", "Avgränsningar"),
        ("p", "Följande ingår inte i projektet:"),
        ("ul", ["förnyelse av ledningsnätet, som hanteras i VA-planen",
                "VA-taxan",
                "enskilda brunnar och samfälligheter"]),
        ("h2", "Organisation och tidplan"),
        ("p", "Projektägare är samhällsbyggnadschefen och projektledare VA-chefen Lina "
              "Sjödin. En referensgrupp med räddningstjänsten och säkerhetssamordnaren knyts "
              "till projektet. " + s1),
        ("p", s2 + " Projektets budget är 400 000 kronor."),
    ]
    title = "Reservvattenplan för Bergsåkers kommun"
    portal_pdf(d / "projektdirektiv.pdf", title=title,
               crumbs="Projektportalen › Samhällsbyggnad › VA › Reservvattenplan",
               meta="Projektdirektiv · Version 1.0 · Fastställt 2036-02-09 · Diarienr KS "
                    "2036/0127", blocks=m, lang="sv")
    p = [
        ("title", "Reservvattenplan för Bergsåkers kommun 2037–2040"),
        ("meta", "Bergsåkers kommun · Samhällsbyggnad · Överlämnad till kommunstyrelsen 20 "
                 "november 2036 · Dnr KS 2036/0127"),
        ("h1", "1 Sammanfattning"),
        ("p", "Planen visar hur kommunen ska klara vattenförsörjningen om ett vattenverk "
              "slås ut. Ett utkast har skickats till Länsstyrelsen, som lämnade synpunkter i "
              "september 2036."),
        ("h1", "2 Våra vattentäkter"),
        ("p", "Tallåsen och Kvarnmon är grundvattentäkter, Storsjöverket tar ytvatten. "
              "Storsjöverket är sårbart för utsläpp i sjön, till exempel vid en olycka på väg "
              "84. Inget av verken har reservkraft för mer än sex timmar."),
        ("p", "Norrvikens vattenverk försörjer i dag grannkommunen Ljungby."),
        ("h1", "3 Behov vid en störning"),
        ("table", ["Användare", "Behov per dygn"],
         [["Hushåll (10 liter per person)", "92 m³"],
          ["Särskilda boenden och hemtjänstens kunder med dialys", "14 m³"],
          ["Åsby mejeri", "60 m³"]], [110, 50]),
        ("p", "Prioriterade abonnenter är särskilda boenden, förskolor, hemtjänstens kunder "
              "med hemdialys och Åsby mejeri."),
        ("h1", "4 Reservvatten"),
        ("p", "Två tänkbara reservtäkter har provpumpats: Sandåsen (ca 900 m³ per dygn) och "
              "Ekeby (ca 400 m³ per dygn). Skyddsområde för Sandåsen utreds under 2037."),
        ("h1", "5 Nödvatten"),
        ("p", "Vid ett längre avbrott ställs vattentankar ut på tolv platser. Kommunen har "
              "fyra tankvagnar och 300 vattendunkar i lager."),
        ("p", "Invånarna får besked genom VMA i radio, sms till alla mobiler i området och "
              "på kommunens webbplats."),
        ("p", "Ägare av enskilda brunnar får råd om att testa vattnet efter översvämningar."),
        ("h1", "6 Övning och uppföljning"),
        ("p", "Planen övas vartannat år tillsammans med räddningstjänsten och revideras "
              "varje mandatperiod."),
        ("break",),
        ("h1", "Bilaga Åtgärder"),
        ("table", ["Åtgärd", "Ansvar", "År"],
         [["Reservkraft vid Storsjöverket", "VA-chef", "2037"],
          ["Provborrning och skyddsområde Sandåsen", "VA-chef", "2037–2038"],
          ["Köpa två tankvagnar till", "Säkerhetssamordnare", "2038"],
          ["Övning med räddningstjänsten", "Säkerhetssamordnare", "2038"]], [90, 45, 25]),
    ]
    build_pdf_l(p, d / "plan.pdf", word_lang="sv", title="Reservvattenplan för Bergsåkers "
                "kommun 2037–2040", author="Bergsåkers kommun",
                header="Bergsåkers kommun – Reservvattenplan 2037–2040", lang="sv-SE")
    t = [x for _, xs in outline for x in xs]
    num = [f"{i}.{j}" for i, (_, xs) in enumerate(outline, 1) for j in range(1, len(xs) + 1)]
    c = {n: x.rstrip(".") for n, x in zip(num, t, strict=False)}
    g = [
        P("1.1", c["1.1"], "content", "partial", ev="Tallåsen och Kvarnmon är grundvattentäkter",
          missing=["torka"],
          trap="a sub-item numbered by the portal's CSS counters (1.1 under the label 'Nuläge "
          "och sårbarhet', which is no point); pollution and power cuts are answered, drought "
          "(the background's 2035 summer) is not"),
        P("1.2", c["1.2"], "content", "covered", ev="Användare Behov per dygn",
          trap="answered in a table in other words: 'Särskilda boenden …' for vård och omsorg, "
          "'Åsby mejeri' for the food industry"),
        P("1.3", c["1.3"], "content", "covered", ev="Prioriterade abonnenter är",
          trap="answered in other words (the priority subscribers)"),
        P("2.1", c["2.1"], "content", "partial", ev="Två tänkbara reservtäkter",
          missing=["vattenkvalitet"],
          trap="capacity per day for two sources; water quality is not given"),
        P("2.2", c["2.2"], "content", "uncovered",
          trap="the object named in passing: 'Norrvikens vattenverk försörjer i dag "
          "grannkommunen Ljungby' assesses no transfer pipe"),
        P("2.3", c["2.3"], "content", "uncovered",
          trap="deferred: 'Skyddsområde för Sandåsen utreds under 2037' (and the action table "
          "repeats it for 2037–2038)"),
        P("3.1", c["3.1"], "deliverable", "covered", ev="Vid ett längre avbrott ställs",
          trap="answered in other words: tanks at twelve places, tank trucks and water cans; "
          "the priority subscribers on page 1"),
        P("3.2", c["3.2"], "content", "covered", ev="Invånarna får besked genom VMA",
          trap="answered in other words ('får besked', VMA, sms); the paragraph after it "
          "answers the out-of-scope bullet on private wells (no point)"),
        P("4.1", c["4.1"], "deliverable", "partial", ev="Åtgärd Ansvar År",
          missing=["kostnad"],
          trap="the appendix table has owner and year for each measure but no cost"),
        P("4.2", c["4.2"], "content", "covered", ev="Planen övas vartannat år",
          trap="answered under 'Övning och uppföljning'"),
        P("S1", s1, "process", "partial", ev="Planen visar hur kommunen ska klara",
          missing=["samråd med Region Norrmark"],
          trap="a requirement in the prose of 'Organisation och tidplan' after sentences that "
          "are none (owner, referensgrupp); the Länsstyrelse gave its views, the region is not "
          "named"),
        P("S2", s2, "process", "covered", ev="Bergsåkers kommun · Samhällsbyggnad",
          trap="answered only in the meta line (handed over on 20 November 2036); the budget "
          "sentence after it is none"),
    ]
    return dict(language="sv", mandate="projektdirektiv.pdf", plan="plan.pdf", header="",
                drop=("Projektportalen · Bergsåkers kommun · Utskrift",),
                producer="projektdirektiv printed from the project portal with Chromium: "
                "breadcrumb and meta line, 'Projektets omfattning' as four bold labels with "
                "sub-items numbered 1.1 … 4.2 by CSS counters, 'Avgränsningar' bullets that are "
                "none, two requirements in 'Organisation och tidplan'; plan PDF (Word export, "
                "'Sida n av m') with a needs table and an action table on page 2", points=g)


# =========================================================================== 4 biogas (da)


@pair
def biogas(d: Path) -> dict:
    rows = [
        ("Lugt", "Lugtgener for beboerne i Storkær og de nærmeste ejendomme, både ved normal "
                 "drift og ved driftsforstyrrelser", "OML-beregning af lugtkoncentrationer"),
        ("Trafik", "Den tunge trafik til og fra anlægget og trafiksikkerheden på Storkærvej "
                   "forbi skolen", "Trafiktælling og fremskrivning"),
        ("Støj", "Støj fra anlæg og kørsel ved de nærmeste boliger",
         "Støjberegning efter Miljøstyrelsens vejledning"),
        ("Lys", "Vurderes ikke. Anlægget belyses kun ved indkørslen.", "–"),
        ("Landskab", "Anlæggets synlighed i landskabet, herunder fra Kærby Kirke",
         "Visualiseringer fra fem standpunkter"),
        ("Grundvand", "Risikoen for forurening af grundvandet i området med særlige "
                      "drikkevandsinteresser", "Eksisterende kortlægning"),
        ("Overfladevand", "Udledning af regnvand til Storå og påvirkningen af vandløbets "
                          "økologiske tilstand", "Beregning af afledt vandmængde"),
        ("Natur", "Påvirkning af Natura 2000-område nr. 88 gennem kvælstofdeposition",
         "Depositionsberegning"),
        ("Bilag IV-arter", "Påvirkning af bilag IV-arter, især flagermus og markfirben",
         "Registrering i felten sommeren 2036"),
        ("Råstoffer", "Vurderes ikke. Arealet er ikke udlagt til råstofgravning.", "–"),
        ("Klima", "Anlæggets samlede drivhusgasregnskab, herunder metantab",
         "Beregning efter Energistyrelsens metode"),
        ("Risiko", "Risikoen ved uheld, eksplosion og udslip af gas", "Risikovurdering"),
        ("Kulturarv", "Fortidsminder og kulturhistoriske interesser på arealet",
         "Arkivalsk kontrol ved Museum Sønderå"),
    ]
    s1 = "Miljørapporten skal indeholde et ikke-teknisk resumé."
    s2 = ("Miljørapporten skal offentliggøres sammen med planforslagene og være i høring i "
          "mindst 8 uger.")
    s3 = "Der skal holdes et borgermøde i Storkær i høringsperioden."
    header = "Lundsted Kommune – Afgrænsning af miljørapport"
    m = [
        ("meta", "LUNDSTED KOMMUNE · Plan og Udvikling"),
        ("title", "Afgrænsning af miljørapport"),
        ("meta", "Kommuneplantillæg nr. 7 og lokalplan nr. 312 for biogasanlæg ved Storkær · "
                 "Afgrænsningsnotat · 28. marts 2036"),
        ("h1", "1 Baggrund"),
        ("p", "Storkær Bioenergi ApS ønsker at opføre et biogasanlæg, der årligt kan "
              "behandle 450 000 tons gylle og restprodukter, 1,5 km nord for Storkær. "
              "Planerne er omfattet af lov om miljøvurdering, og der skal derfor udarbejdes "
              "en miljørapport."),
        ("h1", "2 Høring af berørte myndigheder"),
        ("p", "Udkastet til afgrænsning har været i høring hos berørte myndigheder fra 3. til "
              "24. marts 2036. Miljøstyrelsen og Museum Sønderå har sendt bemærkninger, som er "
              "indarbejdet nedenfor."),
        ("h1", "3 Miljøforhold"),
        ("p", "Tabellen viser, hvilke miljøforhold miljørapporten skal behandle, og hvordan "
              "de vurderes."),
        ("table", ["Miljøforhold", "Hvad skal vurderes", "Metode"],
         [list(r) for r in rows], [30, 85, 50]),
        ("h1", "4 Videre proces"),
        ("p", s1 + " " + s2 + " Bygherren betaler for de tekniske undersøgelser. " + s3),
        ("p", "Kommunalbestyrelsen forventes at vedtage planerne endeligt i foråret 2037."),
    ]
    build_pdf_l(m, d / "afgraensning.pdf", word_lang="da", title="Afgrænsning af miljørapport – "
                "biogasanlæg ved Storkær", author="Lundsted Kommune", header=header,
                lang="da-DK")
    p = [
        ("title", "Miljørapport – biogasanlæg ved Storkær"),
        ("meta", "Lundsted Kommune · Kommuneplantillæg nr. 7 og lokalplan nr. 312 · Forslag · "
                 "Offentlig høring 2. september – 28. oktober 2036"),
        ("h1", "Ikke-teknisk resumé"),
        ("p", "Anlægget vil give mere tung trafik og en risiko for lugt i Storkær, men med de "
              "foreslåede afværgeforanstaltninger vurderes påvirkningerne at være acceptable. "
              "Spørgsmål fra borgermødet i april om lugt er besvaret i kapitel 1."),
        ("h1", "1 Lugt"),
        ("p", "Beregningerne viser, at lugtgrænsen på 5 LE/m³ overholdes ved alle boliger i "
              "Storkær ved normal drift. Den nærmeste nabo på Storkærvej 41 får 3,8 LE/m³."),
        ("h1", "2 Trafik og støj"),
        ("p", "Anlægget giver omkring 85 lastbiler i døgnet på hverdage. For at sikre "
              "skolebørnene anlægges en dobbeltrettet cykelsti langs Storkærvej fra "
              "anlægget til skolen, før anlægget tages i brug."),
        ("p", "Støjen fra anlægget og lastbilerne på arealet er beregnet til højst 37 dB(A) om "
              "natten ved de nærmeste boliger, under grænseværdien på 40 dB(A)."),
        ("h1", "3 Landskab"),
        ("p", "Visualiseringerne fra Storkærvej, Møllebakken, Hedevej og Storkær by viser, at "
              "beplantningsbælter skjuler anlægget efter fem til otte år."),
        ("h1", "4 Vand og natur"),
        ("p", "Anlægget ligger i et område med særlige drikkevandsinteresser. Alle "
              "befæstede arealer får tæt belægning, og overfladevand opsamles, så der ikke "
              "kan ske nedsivning af forurenet vand til grundvandet."),
        ("p", "Den ekstra ammoniakdeposition på habitatområdet ved Hvidmose er beregnet til "
              "under 0,1 kg N/ha/år og vil ikke skade områdets naturtyper."),
        ("p", "Der blev registreret tre arter af flagermus, som ikke har yngle- eller "
              "rasteområder på arealet. Anlægget ligger 1,2 km fra Storå."),
        ("h1", "5 Klima"),
        ("p", "Anlægget vil reducere udledningen af drivhusgasser med 21 000 tons CO₂e om "
              "året, fordi biogassen erstatter naturgas."),
        ("h1", "6 Risiko"),
        ("p", "Anlægget skal risikovurderes efter risikobekendtgørelsen i forbindelse med "
              "miljøgodkendelsen."),
        ("h1", "7 Kulturarv"),
        ("p", "Museum Sønderås arkivalske kontrol har ikke vist fortidsminder på arealet."),
    ]
    odt = build_odfpy(p, d / "plan.odt", title="Miljørapport – biogasanlæg ved Storkær",
                      lang="nn")
    odf_language(odt, "da", "DK")
    t = {r[0]: f"{r[0]}: {r[1]}" for r in rows}
    no = {r[0]: str(i) for i, r in enumerate(rows, 1)}  # row position; Lys (4), Råstoffer (10) none
    g = [
        P(no["Lugt"], t["Lugt"], "content", "partial", ev="Beregningerne viser, at lugtgrænsen",
          missing=["lugt ved driftsforstyrrelser"],
          trap="a row of `Miljøforhold | Hvad skal vurderes | Metode`, numbered by its row "
          "position (1–13; the 'Vurderes ikke' rows Lys, 4, and Råstoffer, 10, are none); text 'Miljøforhold: Hvad skal vurderes', the Metode cell no part of "
          "it; normal operation only"),
        P(no["Trafik"], t["Trafik"], "content", "covered", ev="Anlægget giver omkring 85 lastbiler",
          trap="answered in other words: 85 lorries a day and a cycle path to the school for "
          "'trafiksikkerheden … forbi skolen'"),
        P(no["Støj"], t["Støj"], "content", "covered", ev="Støjen fra anlægget og lastbilerne",
          trap="'lastbilerne på arealet' for 'kørsel'"),
        P(no["Landskab"], t["Landskab"], "content", "partial", ev="Visualiseringerne fra Storkærvej",
          missing=["synlighed fra Kærby Kirke"],
          trap="four viewpoints, none of them the church that the row names; the row after "
          "'Støj' (Lys, 'Vurderes ikke') is none"),
        P(no["Grundvand"], t["Grundvand"], "content", "covered", ev="Anlægget ligger i et område med",
          trap="answered in other words ('tæt belægning', 'nedsivning')"),
        P(no["Overfladevand"], t["Overfladevand"], "content", "uncovered",
          trap="the object named in passing: 'Anlægget ligger 1,2 km fra Storå' at the end of "
          "a paragraph about bats; 'overfladevand opsamles' in the groundwater paragraph keeps "
          "polluted water out of the ground and says nothing of the discharge to the stream or its "
          "ecological state"),
        P(no["Natur"], t["Natur"], "content", "covered", ev="Den ekstra ammoniakdeposition",
          trap="answered in other words: 'habitatområdet ved Hvidmose' for Natura 2000-område "
          "nr. 88, ammonia deposition in kg N/ha for kvælstofdeposition"),
        P(no["Bilag IV-arter"], t["Bilag IV-arter"], "content", "partial", ev="Der blev registreret tre arter",
          missing=["markfirben"],
          trap="bats are answered (without the words 'bilag IV'), the sand lizard is not"),
        P(no["Klima"], t["Klima"], "content", "partial", ev="Anlægget vil reducere udledningen",
          missing=["metantab"],
          trap="the net saving is given; methane loss, named in the row, is not counted; the "
          "row before it (Råstoffer, 'Vurderes ikke') is none"),
        P(no["Risiko"], t["Risiko"], "content", "uncovered",
          trap="deferred: the plant 'skal risikovurderes … i forbindelse med "
          "miljøgodkendelsen'"),
        P(no["Kulturarv"], t["Kulturarv"], "content", "covered", ev="Museum Sønderås arkivalske kontrol"),
        P("S1", s1, "deliverable", "covered", ev="Anlægget vil give mere tung trafik",
          trap="a required part in the prose of 'Videre proces'; the report opens with it"),
        P("S2", s2, "process", "covered", ev="Lundsted Kommune · Kommuneplantillæg nr. 7",
          trap="answered only in the meta line: hearing from 2 September to 28 October 2036 "
          "(eight weeks), with the proposals; the sentence on the developer paying is none"),
        P("S3", s3, "process", "uncovered",
          trap="shared word: 'Spørgsmål fra borgermødet i april' refers to a meeting held "
          "before the hearing (which opens in September); no meeting in the hearing period is "
          "named; the hearing of the authorities in section 2 (a fact) and 'forventes at "
          "vedtage' are none"),
    ]
    return dict(language="da", mandate="afgraensning.pdf", plan="plan.odt", header=header,
                producer="afgrænsningsnotat PDF (Word export, da-DK, 'Side n af m'): a table "
                "`Miljøforhold | Hvad skal vurderes | Metode` of thirteen rows, two of them "
                "'Vurderes ikke', three requirements in 'Videre proces'; plan .odt written with "
                "odfpy (kept, da-DK), a miljørapport in short chapters without tables",
                points=g)


# =========================================================================== 5 planning (en)


@pair
def planning(d: Path) -> dict:
    recs = [
        ("Publish a realistic Local Development Scheme", "with a timetable for the Local Plan "
         "review, and keep it under review."),
        ("Clear the backlog of planning applications", ", giving priority to major "
         "applications and to householder applications older than 26 weeks."),
        ("Introduce a pre-application advice service", "with published charges and response "
         "times."),
        ("Improve the planning pages of the council's website", ", including a searchable "
         "register of decisions."),
        ("Review the scheme of delegation", "so that fewer minor applications go to the "
         "Planning Committee."),
        ("Train every member of the Planning Committee", ", including new members within six "
         "months of their appointment."),
        ("Develop a workforce plan for the service", "to reduce reliance on agency staff, "
         "covering recruitment, retention and career grades."),
        ("Strengthen planning enforcement", "with a published enforcement plan and target "
         "response times."),
        ("Engage regularly with town and parish councils and with agents", "through a "
         "parish liaison meeting and an agents' forum."),
        ("Report performance to members every quarter", ", covering both the speed and the "
         "quality of decisions."),
        ("Monitor Section 106 agreements and CIL", "so that infrastructure contributions are "
         "spent before they must be repaid."),
    ]
    rec_text = [f"{a}{b}" if b.startswith(",") else f"{a} {b}" for a, b in recs]
    s1 = ("The council should publish an action plan that responds to each recommendation "
          "within three months of receiving this report.")
    s2 = ("The action plan should be reported to Cabinet, and a progress review should take "
          "place within twelve months.")
    header = "Thornmouth District Council – Planning Peer Review"
    box = lambda i: ("table", [f"Recommendation {i}: {rec_text[i - 1]}"], [], [165])  # noqa: E731
    m = [
        ("meta", "Local Government Association · Planning Advisory Service"),
        ("title", "Planning Service Peer Review: Thornmouth District Council"),
        ("meta", "Feedback report · On-site review 13–15 May 2036 · Report issued 3 June 2036"),
        ("h1", "1. Executive summary"),
        ("p", "The peer team found a committed and hard-working planning service under real "
              "pressure. The council decided 1,140 applications in 2035, but 38 per cent of "
              "major applications took longer than the statutory period, and the Local Plan "
              "adopted in 2019 is now out of date."),
        ("h1", "2. Key recommendations"),
        ("p", "There are observations and suggestions throughout this report. The following "
              "are the peer team's key recommendations to the council:"),
        ("num", [f"**{a}**{b}" if b.startswith(",") else f"**{a}** {b}" for a, b in recs]),
        ("h1", "3. Feedback"),
        ("h2", "3.1 Plan-making"),
        ("p", "The timetable in the current Local Development Scheme has slipped twice, and "
              "neither members nor developers know when the new plan will be ready."),
        box(1),
        ("h2", "3.2 Development management"),
        ("p", "Officers are proud of their work but are stretched. Around a third of case "
              "officers are agency staff, and several vacancies have been advertised three "
              "times without success."),
        box(2),
        box(7),
        ("h2", "3.3 Members and partners"),
        ("p", "Members of the Planning Committee told us they value the site visits. Parish "
              "councils feel they are consulted late and rarely hear the outcome."),
        box(9),
        ("h1", "4. Next steps"),
        ("p", "The peer team would like to thank everyone who took part. " + s1 + " " + s2
              + " The LGA's principal adviser will stay in touch with the Chief Executive."),
    ]
    build_pdf_l(m, d / "peer-review.pdf", word_lang="en", title="Planning Service Peer Review: "
                "Thornmouth District Council", author="Local Government Association",
                header=header, lang="en-GB")
    rows = [
        ["1", "Local Development Scheme", "New LDS approved by Cabinet on 9 July 2036, with "
         "Regulation 18 consultation in spring 2037; reviewed every six months",
         "Planning Policy Manager", "Done"],
        ["2", "Backlog", "Clear all major applications older than 13 weeks with help from two "
         "contract officers", "Development Manager", "December 2036"],
        ["3", "Advice before applying", "Launch a paid 'Talk to a planner' service, with fees "
         "on the website and a written reply within 20 working days", "Development Manager",
         "October 2036"],
        ["4", "Website", "Rewrite the planning pages in plain English", "Digital Team",
         "November 2036"],
        ["5", "Delegation", "Members have decided to keep the current arrangements", "–", "–"],
        ["6", "Member training", "Training session for the Planning Committee on material "
         "considerations", "Head of Planning", "September 2036"],
        ["7", "Staffing", "To be taken forward once the service restructure is complete",
         "Head of Planning", "2037/38"],
        ["8", "Enforcement", "Adopt a Local Enforcement Plan with three priority levels and "
         "site visits within 1, 5 or 15 working days", "Enforcement Team Leader",
         "January 2037"],
        ["9", "Agents", "Agents' forum meets every quarter", "Development Manager",
         "From September 2036"],
        ["10", "Performance", "Quarterly report to Overview and Scrutiny on speed of decisions "
         "and appeals lost", "Head of Planning", "From Q2 2036/37"],
        ["11", "Systems", "The new planning system also holds legal agreements", "–", "–"],
    ]
    p = [
        ("meta", "Published 28 August 2036 · Reported to Cabinet on 9 September 2036"),
        ("p", "Thornmouth District Council welcomes the Planning Advisory Service peer review "
              "of May 2036. This page sets out what we will do in response. The Head of "
              "Planning reports progress to Cabinet every six months."),
        ("h2", "Where we are now"),
        ("p", "We decided 1,140 applications in 2035. Since the review we have filled two of "
              "the five vacant case officer posts."),
        ("h2", "Our response"),
        ("table", ["No.", "Theme", "What we will do", "Lead", "By"], rows),
        ("h2", "Contact"),
        ("p", "Planning Service, Thornmouth District Council, Market Street, Thornmouth."),
    ]
    web_pdf(d / "plan.pdf", title="Planning improvement plan 2036–2037",
            nav="Thornmouth District Council › Planning › Planning improvement plan",
            foot="© Thornmouth District Council · Page last updated 28 August 2036",
            blocks=p, lang="en-GB")
    g = [
        P("1", rec_text[0], "content", "covered", ev="New LDS approved by Cabinet",
          trap="a key recommendation in Word numbering, a bold head and the rest of the "
          "sentence in the regular weight (text joined); recommendations 1, 2, 7 and 9 are "
          "repeated in shaded boxes under '3. Feedback': the same points, not new ones; the "
          "plan's table row 1 answers it (new LDS, reviewed every six months)"),
        P("2", rec_text[1], "content", "partial", ev="Clear all major applications",
          missing=["householder applications older than 26 weeks"],
          trap="row 2 clears the major applications only"),
        P("3", rec_text[2], "content", "covered", ev="Launch a paid 'Talk to a planner'",
          trap="answered in other words in row 3 ('Talk to a planner', fees, a reply within "
          "20 working days)"),
        P("4", rec_text[3], "content", "partial", ev="Rewrite the planning pages",
          missing=["a searchable register of decisions"],
          trap="row 4 rewrites the pages; no register"),
        P("5", rec_text[4], "content", "uncovered",
          trap="row 5 'Delegation' answers by refusing: members keep the current arrangements, "
          "no review"),
        P("6", rec_text[5], "content", "partial", ev="Training session for the Planning",
          missing=["new members within six months of their appointment"],
          trap="one session for the present committee; nothing for new members"),
        P("7", rec_text[6], "content", "uncovered",
          trap="deferred: row 7 'To be taken forward once the service restructure is "
          "complete'; 'filled two of the five vacant … posts' in 'Where we are now' is a "
          "fact, no plan"),
        P("8", rec_text[7], "content", "covered", ev="Adopt a Local Enforcement Plan",
          trap="answered in row 8 in other words ('Local Enforcement Plan', 'site visits "
          "within 1, 5 or 15 working days')"),
        P("9", rec_text[8], "content", "partial", ev="Agents' forum meets every quarter",
          missing=["engagement with town and parish councils"],
          trap="row 9 answers for the agents only"),
        P("10", rec_text[9], "content", "covered", ev="Quarterly report to Overview",
          trap="answered in row 10: quarterly to Overview and Scrutiny, speed and 'appeals "
          "lost' for quality"),
        P("11", rec_text[10], "content", "uncovered",
          trap="row 11 names the system's 'legal agreements' in passing (Section 106 "
          "agreements in other words) without any monitoring"),
        P("S1", s1, "deliverable", "covered", ev="Published 28 August 2036",
          trap="a requirement ('should') in the prose of 'Next steps' between the thanks and "
          "'The LGA's principal adviser …' (both none); published 28 August, within three "
          "months of 3 June, and every recommendation has a row"),
        P("S2", s2, "process", "partial", ev="Published 28 August 2036",
          missing=["a progress review within twelve months"],
          trap="reported to Cabinet on 9 September (meta line); six-monthly progress reports "
          "to Cabinet are promised, but no review is named"),
    ]
    return dict(language="en", mandate="peer-review.pdf", plan="plan.pdf", header=header,
                producer="peer review feedback report PDF (Word export, en-GB, 'Page n of m'): "
                "eleven key recommendations in Word numbering with a bold head, four of them "
                "repeated in shaded one-cell boxes in the body, two requirements in 'Next "
                "steps'; plan the council's web page printed with Chromium, a response table "
                "`No. | Theme | What we will do | Lead | By`", points=g)


# =========================================================================== verify / main


def _pdftotext_pages(pdf: Path) -> list[str]:
    raw = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                         capture_output=True, text=True).stdout
    return raw.split("\f")


def _squash(s: str) -> str:
    return " ".join(re.sub(r"(?<=\w)-\s*\n(?=\w)", "-", s).split())


def verify(names: list[str]) -> list[str]:
    """Every gold quote printed (pdftotext, white space squashed) on the page the gold names.
    A .docx or .odt plan is rendered to PDF by LibreOffice first, as the gold's pages are."""
    bad = []
    for name in names:
        gold = yaml.safe_load((HERE / name / "coverage.gold.yaml").read_text(encoding="utf-8"))
        plan = HERE / name / gold["plan"]
        with tempfile.TemporaryDirectory(prefix="mblind20-verify-") as tmp:
            pdf = plan if plan.suffix == ".pdf" else export_pdf(plan, Path(tmp))
            pages = _pdftotext_pages(pdf)
            plain = [_squash(subprocess.run(["pdftotext", "-f", str(i), "-l", str(i), str(pdf),
                                             "-"], check=True, capture_output=True,
                                            text=True).stdout) for i in range(1, len(pages))]
        for pt in gold["points"]:
            ev = pt.get("evidence")
            if not ev:
                continue
            q = _squash(ev["quote"])
            pg = ev["page"]
            if pg < 1 or pg > len(plain) or q not in plain[pg - 1]:
                bad.append(f"{name} {pt['number']}: {q!r} not on page {pg}")
            elif any(q in t for i, t in enumerate(plain, 1) if i < pg):
                bad.append(f"{name} {pt['number']}: {q!r} also on an earlier page than {pg}")
        print(f"{name}: {sum(1 for p in gold['points'] if p.get('evidence'))} quotes checked",
              file=sys.stderr)
    return bad


def main(argv: list[str]) -> None:
    if argv[:1] == ["--verify"]:
        names = argv[1:] or list(PAIRS)
        bad = verify(names)
        for b in bad:
            print(b)
        print("verify: OK" if not bad else f"verify: {len(bad)} problem(s)")
        raise SystemExit(1 if bad else 0)
    for name in argv or list(PAIRS):
        d = HERE / name
        d.mkdir(exist_ok=True)
        info = PAIRS[name](d)
        drop = ((info["header"],) if info.get("header") else ()) + tuple(info.get("drop", ()))
        check_points_in_mandate(d, info["mandate"], info["points"], drop)
        pages = rendered_pages(d / info["plan"])
        header = (
            f"# Blind gold for the {name} pair ({info['language']}): rebuilt by "
            "corpora/mandates-blind20/make_pairs.py.\n"
            f"# Producer: {info['producer']}.\n"
            "# status: covered | partial | uncovered; kind: content | deliverable | process;\n"
            "# missing: what the plan leaves out (planner's words); evidence: page of the\n"
            "# answering passage and its opening words (a table: its header row);\n"
            "# S-numbers: requirements in prose.\n"
        )
        write_gold(d / "coverage.gold.yaml", header=header, plan=info["plan"],
                   mandate=info["mandate"], language=info["language"], points=info["points"],
                   pages=pages)
        n = {s: sum(p["status"] == s for p in info["points"])
             for s in ("covered", "partial", "uncovered")}
        print(f"{name}: {len(info['points'])} points {n} plan pages {len(pages)}")


if __name__ == "__main__":
    main(sys.argv[1:])
