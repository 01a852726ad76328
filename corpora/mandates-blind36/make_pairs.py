"""Build the thirty-sixth blind batch of mandate/plan pairs under corpora/mandates-blind36/ and their gold.

Written on 2026-12-05 without reading plancheck's code. COMMON mandate forms, other than the
earlier batches', on surfaces of this batch's own: a bokmål PLANPROGRAM (the kommune's web
publication printed with Chromium) whose 'Problemstillinger' are numbered 1.1, 1.2 … under
each theme heading; a nynorsk OPPDRAGSBREV from the kommunedirektør (Word → PDF) with
'Forventningar til planen' bullets, one with typed a)–c) sub-points, and a 'Framdrift' table; a
Swedish BESTÄLLNING from kommunstyrelsen (a layout-tool print, reportlab) "Beställningen
omfattar att" with numbered points; a Danish referat whose 'Udvalgets beslutning' lists points
typed '1.Planen …' without a space and a 'Proces' paragraph (Word → PDF); and an English
PROJECT BRIEF (a web page printed with Chromium) with 'In scope' / 'Out of scope' lists and a
'Deliverables' list D1–D5. Plans: Word (one in landscape), reportlab, Chromium.

    python corpora/mandates-blind36/make_pairs.py               # all pairs
    python corpora/mandates-blind36/make_pairs.py --verify      # gold quotes against pdftotext
    python corpora/mandates-blind36/make_pairs.py --twice       # build twice, compare sha256

Imports the twentieth batch's builder (P, verify, the construction check) and the
thirty-third batch's three document writers (docx_pdf, rl_pdf, html_pdf, called with this
batch's own fonts, sizes, headers, footers, colours and page orientation) through pairkit, and
blindkit's sha256 checks. Nothing of the earlier batches is edited.
"""

from __future__ import annotations

import html as _h
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "mandates-blind"))
sys.path.insert(0, str(HERE.parent / "scripts"))

import pairkit as pk  # noqa: E402

_b20 = pk.load_module("mandates_blind20_make_pairs", HERE.parent / "mandates-blind20" / "make_pairs.py")
_b33 = pk.load_module("mandates_blind33_make_pairs", HERE.parent / "mandates-blind33" / "make_pairs.py")
P = _b20.P
docx_pdf, rl_pdf, html_pdf = _b33.docx_pdf, _b33.rl_pdf, _b33.html_pdf

PAIRS, pair = pk.pair_registry()


def e(s: str) -> str:
    return _h.escape(s)


def paras(*texts: str) -> str:
    return "".join(f"<p>{e(t)}</p>" for t in texts)


def rows_html(head: list[str], rows: list[list[str]], cls: str = "") -> str:
    th = "".join(f"<th>{e(c)}</th>" for c in head)
    tr = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in rows)
    return f"<table class='{cls}'><thead><tr>{th}</tr></thead><tbody>{tr}</tbody></table>"


# =========================================================================== 1 kulturarv (nb)
@pair
def kulturarv(d: Path) -> dict:
    t1 = [
        ("1.1", "Hvilke kulturminner og kulturmiljøer i kommunen har høy verdi, og hvordan skal "
                "verdien vurderes?"),
        ("1.2", "Hvor er det behov for nye registreringer, særlig av kulturminner fra "
                "etterkrigstiden og i utmarka?"),
    ]
    t2 = [
        ("2.1", "Hvilke kulturmiljøer bør sikres som hensynssone bevaring av kulturmiljø i "
                "kommuneplanens arealdel?"),
        ("2.2", "Hvilke tilskuddsordninger kan private eiere av verneverdige bygninger søke på, "
                "og hvordan kan kommunen legge til rette for at bygningene tas i bruk?"),
        ("2.3", "Bør kommunen ha egne retningslinjer for fasadeendringer, tilbygg og "
                "solcellepaneler på verneverdige bygninger?"),
    ]
    t3 = [
        ("3.1", "Hvordan kan kulturarven formidles til barn og unge, blant annet gjennom Den "
                "kulturelle skolesekken?"),
    ]
    s1 = ("Planen skal ha en handlingsdel med prioriterte tiltak, ansvar og kostnad for de fire "
          "første årene.")
    s2 = ("Historielagene, Stavdal museum og fylkeskommunen skal inviteres til et "
          "arbeidsverksted tidlig i planarbeidet.")
    css = ("@page{size:A4;margin:22mm 20mm 20mm 24mm;@top-right{content:'Planprogram – "
           "Kulturminneplan for Stavdal';font:7.5pt 'DejaVu Sans',sans-serif;color:#5b6b3a}"
           "@bottom-left{content:'Stavdal kommune';font:7.5pt 'DejaVu Sans',sans-serif;"
           "color:#5b6b3a}@bottom-right{content:counter(page);font:8pt 'DejaVu Sans',"
           "sans-serif}}body{font-family:'DejaVu Sans',sans-serif;font-size:9.5pt;"
           "line-height:1.55;color:#1e1e1e}.kicker{font-size:8pt;letter-spacing:1px;"
           "text-transform:uppercase;color:#5b6b3a}h1{font-size:19pt;font-weight:normal;"
           "margin:2px 0 6px}.lead{font-size:10.5pt;color:#333}"
           "h2{font-size:12pt;color:#5b6b3a;margin:16px 0 4px}h3{font-size:10pt;margin:10px 0 "
           "3px}.ps{display:grid;grid-template-columns:9mm auto;margin:0 0 4px 4mm}"
           ".ps .n{font-weight:bold}.fakta{border:1px solid #c8d0b4;background:#f5f7ef;"
           "padding:5px 9px;font-size:8.5pt;margin:6px 0}"
           "table{border-collapse:collapse;width:100%;font-size:8.5pt;margin:6px 0}"
           "th{text-align:left;border-bottom:2px solid #5b6b3a}td{border-bottom:1px solid "
           "#ddd;padding:3px 4px;vertical-align:top}")

    def ps(items):
        return "".join(f"<div class='ps'><span class='n'>{e(n)}</span><span>{e(t)}</span></div>"
                       for n, t in items)

    body = (
        "<div class='kicker'>Stavdal kommune · Planprogram</div>"
        "<h1>Kommunedelplan for kulturminner og kulturmiljøer 2049–2061</h1>"
        "<p class='lead'>Planprogram fastsatt av planutvalget 12.02.2048, sak PS 9/48</p>"
        "<div class='fakta'>Saksnummer 2047/1180 · Planid 3427-2048-01 · Kontaktperson: "
        "Ingrid Moen, arealplan og miljø</div>"
        "<h2>1 Innledning</h2>"
        + paras("Stavdal kommune starter arbeidet med sin første kommunedelplan for kulturminner "
                "og kulturmiljøer. Planen skal gi kommunen et bedre grunnlag for å ta vare på "
                "kulturarven i arealplanlegging og byggesaksbehandling, og for å bruke "
                "kulturminnene som en ressurs for lokalsamfunnene.",
                "Planprogrammet beskriver formålet med planarbeidet, hvilke temaer og "
                "problemstillinger planen skal behandle, og hvordan arbeidet skal organiseres. "
                "Planprogrammet har vært på høring fra 4. desember 2047 til 22. januar 2048. "
                "Det kom sju innspill, og de er oppsummert i saksframlegget.")
        + "<h2>2 Formål</h2>"
        + paras("Formålet er å få oversikt over de viktigste kulturminnene i Stavdal, å sikre "
                "dem gjennom kommunens planer og å gjøre kulturarven kjent for innbyggerne. "
                "Planen skal være et tematisk kommunedelplan uten juridisk bindende arealdel; "
                "forslag til hensynssoner følges opp i kommuneplanens arealdel.",
                "Stavdal har om lag 9 400 innbyggere og et stort utmarksområde. Kommunen har 14 "
                "fredete bygninger, to kirkesteder og 310 automatisk fredete kulturminner i "
                "Askeladden. SEFRAK-registeret fra 1980-tallet omfatter 1 150 bygninger, men "
                "er ikke oppdatert.")
        + "<h2>3 Tema og problemstillinger</h2>"
        + paras("Planarbeidet skal belyse problemstillingene under. De er ordnet etter tre "
                "temaer.")
        + "<h3>Tema 1 – Kunnskapsgrunnlaget</h3>" + ps(t1)
        + paras("Registreringene skal legges inn i Askeladden eller Kulturminnesøk, slik at de "
                "er tilgjengelige for alle.")
        + "<h3>Tema 2 – Vern gjennom plan og byggesak</h3>" + ps(t2)
        + "<h3>Tema 3 – Formidling og bruk</h3>" + ps(t3)
        + "<h2>4 Planens form</h2>"
        + paras(s1 + " Handlingsdelen rulleres hvert år sammen med økonomiplanen.",
                "Planen skal ha en oversikt over prioriterte kulturminner og kulturmiljøer med "
                "kart. Verdivurderingen gjøres etter Riksantikvarens metode.")
        + "<h2>5 Organisering og medvirkning</h2>"
        + paras("Kommunedirektøren er ansvarlig for planarbeidet. En arbeidsgruppe med "
                "fagpersoner fra arealplan, byggesak, kultur og landbruk utarbeider "
                "planforslaget. Planutvalget er styringsgruppe.",
                s2 + " Innbyggerne kan melde inn kulturminner gjennom en kartløsning på "
                "kommunens nettside.")
        + "<h2>6 Framdrift</h2>"
        + rows_html(["Fase", "Tidspunkt"], [
            ["Fastsetting av planprogram", "Februar 2048"],
            ["Registrering og verdivurdering", "Mars–september 2048"],
            ["Planforslag til 1. gangs behandling", "Desember 2048"],
            ["Offentlig ettersyn", "Januar–februar 2049"],
            ["Vedtak i kommunestyret", "Mai 2049"]])
    )
    html_pdf(d / "mandate.pdf", lang="nb", title="Planprogram kulturminneplan Stavdal",
             css=css, body=body)
    verdi = [
        ["Kulturmiljø", "Hva det består av", "Verdi", "Forslag"],
        ["Stavdal kirkested", "Kirke fra 1742, kirkegård, prestegårdstun", "Svært høy",
         "Hensynssone"],
        ["Bruket ved Ølvika", "Sagbruk, kvernhus og damanlegg fra 1800-tallet", "Høy",
         "Hensynssone"],
        ["Setergrenda Nordre Hovdeset", "Ni setervoller med bu og fjøs", "Høy", "Hensynssone"],
        ["Nordbygda gårdsbebyggelse", "Tun med bygninger fra 1700- og 1800-tallet", "Høy",
         "Hensynssone"],
        ["Jernbanemiljøet på Holm", "Stasjon, lokstall og banevokterbolig", "Høy",
         "Hensynssone"],
        ["Fangstanleggene i Vassfjellet", "Dyregraver og ledegjerder", "Svært høy",
         "Automatisk fredet"],
        ["Sentrum, Storgata", "Trehus fra 1890–1920", "Middels", "Retningslinjer"],
    ]
    tiltak = [
        ["1", "Registrere setrene i Hovdeset og Sørfjellet", "Kultur", "150 000", "2049"],
        ["2", "Forslag til hensynssoner inn i kommuneplanens arealdel", "Arealplan",
         "Innenfor ramme", "2050"],
        ["3", "Kommunalt tilskudd til istandsetting, årlig pott", "Kultur", "300 000",
         "2049–2052"],
        ["4", "Kulturarvdag for 5. trinn i samarbeid med museet", "Kultur / skole", "40 000",
         "årlig"],
        ["5", "Skilting av fem kulturmiljøer med QR-koder", "Kultur", "120 000", "2050"],
        ["6", "Rådgivning for eiere av verneverdige bygninger", "Byggesak", "Innenfor ramme",
         "2049"],
    ]
    p = [
        ("title", "Kulturminneplan for Stavdal 2049–2061"),
        ("meta", "Kommunedelplan for kulturminner og kulturmiljøer · Forslag til 1. gangs "
                 "behandling · desember 2048"),
        ("h1", "1 Innledning"),
        ("p", "Dette er Stavdal kommunes første kulturminneplan. Den bygger på planprogrammet "
              "som planutvalget fastsatte i februar 2048, og viser hvilke kulturminner og "
              "kulturmiljøer kommunen mener er viktigst, hvordan de skal tas vare på, og hva "
              "kommunen vil gjøre de neste årene."),
        ("p", "Planen består av en kunnskapsdel, en del om vern og en handlingsdel. "
              "Kulturminnene i planen er vist på kart i vedlegg 1."),
        ("h1", "2 Stavdals historie i korte trekk"),
        ("p", "Stavdal har vært bosatt siden steinalderen. De eldste sporene er "
              "fangstanleggene i Vassfjellet, der folk fanget villrein i groper og med "
              "ledegjerder for flere tusen år siden. I middelalderen lå det gårder langs hele "
              "dalbunnen, og kirkestedet har vært i bruk siden 1300-tallet."),
        ("p", "Fra 1700-tallet var seterbruket viktig, og nesten alle gårdene hadde seter i "
              "Hovdeset eller Sørfjellet. Elvene ga kraft til sager og kverner, og sagbruket "
              "ved Ølvika var i drift til 1950. Jernbanen kom til Holm i 1877, og stasjonen "
              "ble et nytt sentrum for handel og post. Storgata fikk sine trehus da "
              "meieriet og handelsstedene vokste fram rundt 1900."),
        ("p", "Kulturminnene forteller denne historien, men mange av dem er i dårlig stand. "
              "Av de 1 150 bygningene i SEFRAK-registeret er om lag 200 revet eller falt "
              "ned."),
        ("h1", "3 Slik er planen laget"),
        ("p", "Arbeidsgruppen startet med et arbeidsverksted på Stavdal museum i april 2048. "
              "Der deltok de tre historielagene i kommunen og museets konservator. Til "
              "sammen kom 46 forslag om kulturminner inn gjennom kartløsningen på nettsiden, "
              "de fleste fra Nordbygda og Holm."),
        ("p", "Arbeidsgruppen har besøkt alle kulturmiljøene som er foreslått, sammen med "
              "eierne der det var mulig."),
        ("h1", "4 Hva er viktigst å ta vare på"),
        ("p", "Vi har vurdert alle foreslåtte kulturminner og kulturmiljøer etter "
              "Riksantikvarens metode for verdisetting: hvor godt de viser historien, hvor "
              "sjeldne og autentiske de er, og hvor mye de betyr for folk i dag. Resultatet "
              "er delt i tre nivåer – svært høy, høy og middels verdi. Tabellen viser de "
              "kulturmiljøene som fikk høyest verdi."),
        ("table", verdi[0], verdi[1:], [4.2, 6.0, 2.2, 3.2]),
        ("h2", "Nye registreringer"),
        ("p", "Setrene i utmarka er dårlig registrert. Mange seterbuer har falt ned siden "
              "SEFRAK-registreringen, og det er behov for en ny gjennomgang av setrene i "
              "Hovdeset og Sørfjellet (tiltak 1). Fangstanleggene i Vassfjellet er godt "
              "registrert av fylkeskommunen, men stiene mellom dem er ikke kartlagt."),
        ("h1", "5 Vern gjennom planer"),
        ("p", "Fem av kulturmiljøene i tabellen foreslås lagt inn som hensynssone for "
              "bevaring av kulturmiljø (H570) når kommuneplanens arealdel rulleres: "
              "Stavdal kirkested, bruket ved Ølvika, Nordre Hovdeset, Nordbygda og "
              "jernbanemiljøet på Holm. Hensynssonen gir ikke vern i seg selv, men betyr at "
              "tiltak skal vurderes opp mot kulturmiljøet."),
        ("p", "For Storgata i sentrum vil det bli vurdert om det skal lages egne "
              "retningslinjer i neste rullering av arealdelen."),
        ("h2", "Private eiere"),
        ("p", "De fleste verneverdige bygningene i Stavdal eies av private. Eierne kan søke "
              "tilskudd fra Kulturminnefondet og fra fylkeskommunen til istandsetting. "
              "Bygninger på gårdsbruk kan få tilskudd gjennom SMIL-ordningen. Fra 2049 "
              "innfører kommunen en egen tilskuddspott på 300 000 kroner i året (tiltak 3), "
              "og byggesak gir gratis rådgivning før eierne søker."),
        ("h1", "6 Kulturarv for barn og unge"),
        ("p", "Alle elever på 5. trinn skal få en kulturarvdag der de besøker et kulturmiljø "
              "i nærheten av skolen og museet forteller om stedet. Opplegget inngår i "
              "skolesekken, og museet lager et undervisningsopplegg som lærerne kan bruke "
              "før og etter besøket. Ungdomsskolen kan velge kulturminner som tema i "
              "valgfaget."),
        ("p", "Fem kulturmiljøer får skilt med QR-koder som leder til historier og bilder "
              "på nettet (tiltak 5)."),
        ("h1", "7 Handlingsdel 2049–2052"),
        ("p", "Tiltakene er prioritert i rekkefølge. Kostnadene er anslått, og tiltakene må "
              "tas inn i økonomiplanen før de kan gjennomføres. Handlingsdelen rulleres "
              "hvert år."),
        ("table", ["Nr.", "Tiltak", "Ansvar", "Kostnad (kr)", "År"], tiltak,
         [1.0, 7.4, 2.6, 2.6, 2.0]),
        ("h1", "8 Videre behandling"),
        ("p", "Planutvalget behandler planforslaget i desember 2048 og legger det ut til "
              "offentlig ettersyn i seks uker. Kommunestyret vedtar planen våren 2049."),
    ]
    docx_pdf(d / "plan.pdf", p, title="Kulturminneplan for Stavdal 2049–2061",
             author="Stavdal kommune", font="Liberation Serif", size=11, lang="nb-NO",
             header="Stavdal kommune – Kulturminneplan 2049–2061",
             footer="Side {PAGE}", accent="4A5A2A", head_fill="E4E9D6")
    g = [
        P("1.1", t1[0][1], "content", "covered", ev="Vi har vurdert alle foreslåtte",
          trap="a problemstilling of a PLANPROGRAM, numbered 1.1 … 3.1 under the theme "
          "headings 'Tema 1 – …' and numbered by its number as printed; text the question with "
          "its '?'. Answered in other words in '4 Hva er viktigst å ta vare på' (verdisetting "
          "in three levels) and its table"),
        P("1.2", t1[1][1], "content", "partial", ev="Setrene i utmarka er dårlig registrert",
          missing=["registrering av kulturminner fra etterkrigstiden"],
          trap="the setrene in the utmark get a new registration; etterkrigstiden is never "
               "named. The sentence on Askeladden after Tema 1 is none (a how, not a question "
               "the plan must answer)"),
        P("2.1", t2[0][1], "content", "covered", ev="Fem av kulturmiljøene i tabellen",
          trap="five kulturmiljøer named as H570 hensynssoner for the arealdel"),
        P("2.2", t2[1][1], "content", "covered", ev="De fleste verneverdige bygningene",
          trap="both halves: the tilskudd (Kulturminnefondet, fylkeskommunen, SMIL, the "
               "kommune's own pott) and the kommune's help (gratis rådgivning) in 'Private "
               "eiere'"),
        P("2.3", t2[2][1], "content", "uncovered",
          trap="a promise for later: retningslinjer 'vil bli vurdert' in the next rullering "
               "of the arealdel, and only for Storgata"),
        P("3.1", t3[0][1], "content", "covered", ev="Alle elever på 5. trinn",
          trap="answered in other words (kulturarvdag, 'inngår i skolesekken')"),
        P("S1", s1, "deliverable", "covered", ev="Tiltakene er prioritert i rekkefølge",
          trap="the first sentence of '4 Planens form'; the handlingsdel table has tiltak, "
               "ansvar and kostnad for 2049–2052. The second paragraph of '4' (oversikt med "
               "kart, Riksantikvarens metode) is guidance, none"),
        P("S2", s2, "process", "partial", ev="Arbeidsgruppen startet med et arbeidsverksted",
          missing=["fylkeskommunen invitert til arbeidsverkstedet"],
          trap="the first sentence of the second paragraph of '5 Organisering og "
               "medvirkning'; historielagene and the museum came, fylkeskommunen is not "
               "named. The Framdrift table and the organisation sentences are none"),
    ]
    return dict(language="nb", mandate="mandate.pdf", plan="plan.pdf",
                drop=("Planprogram – Kulturminneplan for Stavdal", "Stavdal kommune"),
                producer="a PLANPROGRAM published on the kommune's web site and printed with "
                "Chromium (DejaVu Sans 9.5, running title top right, 'Stavdal kommune' and a "
                "bare page number at the foot): 'Tema og problemstillinger' with questions "
                "numbered 1.1 … 3.1 under three theme headings in a two-column grid, a "
                "'Planens form' and a 'Organisering og medvirkning' chapter and a Framdrift "
                "table; plan exported from Word (Liberation Serif 11, nb-NO, running header, "
                "'Side n'), a verdi table and a handlingsdel table", points=g)


# =========================================================================== 2 skule (nn)
@pair
def skule(d: Path) -> dict:
    b = [
        "Planen skal gi ei oversikt over korleis elevtalet vil utvikle seg i kvar skulekrins "
        "fram mot 2060, basert på SSB sine framskrivingar og kvar det blir bygd nye bustader.",
        "Planen skal vurdere kapasiteten og den bygningsmessige tilstanden til alle "
        "skulebygga, medrekna uteområda.",
    ]
    lead3 = ("Planen skal greie ut minst tre alternativ for framtidig skulestruktur. For kvart "
             "alternativ skal det gjerast greie for:")
    sub = [
        ("a)", "konsekvensar for skuleskyss og reisetid for elevane"),
        ("b)", "pedagogiske og økonomiske konsekvensar"),
        ("c)", "konsekvensar for lokalsamfunnet og bruken av skulebygget utanom skuletida"),
    ]
    b4 = ("Planen skal innehalde ein prioritert investeringsplan som kan arbeidast inn i "
          "økonomiplanen for 2050–2053.")
    s1 = ("Samarbeidsutvala og elevråda ved alle skulane skal få uttale seg om alternativa før "
          "planen blir lagd ut på høyring.")
    s2 = "Planutkastet skal sendast til kommunedirektøren innan 1. juni 2049."
    m = [
        ("form", [["Til", "Kommunalsjef for oppvekst og kultur"],
                  ["Frå", "Kommunedirektøren"],
                  ["Dato", "18.11.2048"],
                  ["Vår ref.", "2048/2231-3"]], [3.2, 13.0]),
        ("title", "Oppdrag: Skulebruksplan for Årvik 2050–2060"),
        ("p", "Kommunestyret vedtok 24. oktober 2048 (sak 71/48) at det skal lagast ein "
              "skulebruksplan for grunnskulen i Årvik. Med dette brevet gir eg deg oppdraget "
              "med å leie arbeidet."),
        ("h1", "Bakgrunn"),
        ("p", "Årvik har seks barneskular og ein ungdomsskule. Elevtalet har gått ned med "
              "14 prosent sidan 2038, men utbygginga av nye bustadfelt på Sandvoll og i "
              "sentrum gjer at talet kan auke att i nokre krinsar. Tre av skulebygga er over "
              "60 år gamle, og Kyrkjebø skule har ikkje godkjende lokale etter forskrift om "
              "miljøretta helsevern."),
        ("p", "Kommunestyret har bedt om at skulestrukturen blir vurdert samla, og at alle "
              "krinsar blir behandla likt."),
        ("h1", "Forventningar til planen"),
        ("bullets", b[:2]),
        ("bullets", [lead3]),
        *[("typed", m_, t, 0.7, 1.6) for m_, t in sub],
        ("bullets", [b4]),
        ("p", "Ungdomsskulen skal vere med i planen, men det skal ikkje greiast ut å flytte "
              "han frå sentrum."),
        ("h1", "Organisering og medverknad"),
        ("p", "Du set saman ei arbeidsgruppe med rektorane, eigedomssjefen og ein "
              "representant for dei tillitsvalde. Leiargruppa i kommunen er styringsgruppe."),
        ("p", s1 + " Utdanningsforbundet og Fagforbundet skal vere med i arbeidsgruppa."),
        ("h1", "Framdrift"),
        ("table", ["Milepæl", "Tidspunkt"], [
            ["Arbeidsgruppa skipa", "Januar 2049"],
            ["Elevtal og tilstand kartlagt", "Mars 2049"],
            ["Alternativ drøfta med styringsgruppa", "April 2049"],
            ["Politisk handsaming og høyring", "Hausten 2049"]], [9.0, 5.0]),
        ("p", s2 + " Arbeidet skal gjerast innanfor budsjettet til eininga; utgifter til "
              "tilstandsvurdering av bygga blir dekte av eigedomsavdelinga."),
        ("p", "Lukke til med arbeidet."),
        ("p", "Med helsing"),
        ("p", "Randi Hauge, kommunedirektør"),
    ]
    docx_pdf(d / "mandate.pdf", m, title="Oppdrag skulebruksplan Årvik",
             author="Årvik kommune", font="DejaVu Sans", size=10, lang="nn-NO",
             header="ÅRVIK KOMMUNE  ·  Kommunedirektøren",
             footer="Oppdragsbrev skulebruksplan – side {PAGE} av {NUMPAGES}", accent="1C4E63",
             head_fill="DDE8EC")
    elevtal = [
        ["Kyrkjebø", "1–7", "148", "131", "112", "98"],
        ["Sandvoll", "1–7", "210", "236", "265", "270"],
        ["Nesvik", "1–7", "64", "52", "41", "36"],
        ["Øyra", "1–7", "182", "190", "188", "180"],
        ["Lid", "1–7", "47", "40", "33", "29"],
        ["Stranda", "1–7", "96", "92", "88", "85"],
        ["Årvik ungdomsskule", "8–10", "371", "362", "350", "338"],
    ]
    kap = [
        ["Kyrkjebø", "1958", "160", "Dårleg: ventilasjon og tak, ikkje godkjend"],
        ["Sandvoll", "2009", "220", "God"],
        ["Nesvik", "1962", "110", "Middels: vindauge og toalett må skiftast"],
        ["Øyra", "1987", "210", "Middels"],
        ["Lid", "1955", "90", "Dårleg: fukt i kjellar, uteområdet manglar leikeapparat"],
        ["Stranda", "2015", "120", "God"],
        ["Årvik ungdomsskule", "1974/2022", "420", "God etter ombygginga"],
    ]
    alt = [
        ["A", "Dagens struktur, Kyrkjebø rehabilitert", "Som i dag: lengste tur 24 min",
         "118 mill.", "Ingen endring i klassestorleik; små klassar på Lid og Nesvik"],
        ["B", "Lid flyttar til Kyrkjebø, ny Kyrkjebø skule", "Lid-elevane får 15 min lengre tur",
         "164 mill.", "Spart drift 3,1 mill. per år; fleire elevar per trinn gir betre "
         "fagmiljø"],
        ["C", "Lid og Nesvik flyttar til ny skule på Kyrkjebø", "Nesvik-elevane: 28 min, over "
         "grensa på 25 min for 1.–4. trinn", "196 mill.", "Spart drift 5,4 mill. per år; "
         "største fagmiljøet for lærarane"],
    ]
    inv = [
        ["1", "Utviding av Sandvoll skule, fire klasserom", "2050–2051", "46 mill."],
        ["2", "Ny Kyrkjebø skule (alternativ B)", "2051–2053", "164 mill."],
        ["3", "Nye vindauge og toalett, Nesvik skule", "2050", "6 mill."],
        ["4", "Leikeapparat og ballbinge, Øyra skule", "2052", "1,5 mill."],
    ]
    css = ("@page{size:A4;margin:20mm 18mm 22mm 18mm;@top-left{content:'Årvik kommune';"
           "font:bold 8pt 'Liberation Sans',sans-serif;color:#1c4e63}@top-right{content:"
           "'Skulebruksplan 2050–2060 · høyringsutkast';font:8pt 'Liberation Sans',sans-serif;"
           "color:#555}@bottom-center{content:'Side ' counter(page);font:8pt 'Liberation "
           "Sans',sans-serif}}body{font-family:'Liberation Sans',sans-serif;font-size:10pt;"
           "line-height:1.42}h1{font-size:20pt;color:#1c4e63;margin:0 0 2px}"
           ".sub{color:#555;margin:0 0 12px}h2{font-size:13pt;color:#1c4e63;margin:16px 0 "
           "4px}table{border-collapse:collapse;width:100%;font-size:8.8pt;margin:6px 0 10px}"
           "thead{display:table-header-group}th{background:#dde8ec;text-align:left;"
           "border:1px solid #9fb8c2;padding:3px 5px}td{border:1px solid #9fb8c2;"
           "padding:3px 5px;vertical-align:top}tr{break-inside:avoid}"
           ".boks{float:right;width:62mm;margin:0 0 6px 10px;padding:6px 8px;"
           "background:#f1f5f6;border-top:3px solid #1c4e63;font-size:8.8pt}")
    body = (
        "<h1>Skulebruksplan 2050–2060</h1>"
        "<p class='sub'>Årvik kommune · Høyringsutkast frå kommunedirektøren, mai 2049</p>"
        "<h2>1 Innleiing</h2>"
        + paras("Skulebruksplanen viser kva skulebygg Årvik treng dei neste ti åra, og korleis "
                "skulestrukturen kan sjå ut. Planen svarar på oppdraget kommunedirektøren gav "
                "i november 2048 etter vedtaket i kommunestyret i sak 71/48.",
                "Kommunedirektøren tilrår alternativ B. Kommunestyret tek stilling til "
                "skulestrukturen etter høyringa.")
        + "<h2>2 Elevtal fram mot 2060</h2>"
        + "<div class='boks'>" + e("Skulen er viktig for lokalsamfunnet. Mange "
                                   "innspel frå Lid og Nesvik handla om dette.") + "</div>"
        + paras("Vi har rekna ut elevtalet for kvar krins med SSB sitt hovudalternativ og lagt "
                "til barna vi ventar i dei nye bustadfelta på Sandvoll og i sentrum etter "
                "bustadprogrammet i kommuneplanen. Sandvoll veks, medan dei minste krinsane "
                "Lid og Nesvik held fram med å minke.")
        + rows_html(["Skule", "Trinn", "2048", "2050", "2055", "2060"], elevtal)
        + "<h2>3 Skulebygga i dag</h2>"
        + paras("Eigedomsavdelinga har gått gjennom alle skulebygga. Tabellen viser kor mange "
                "elevar kvar skule har plass til, og korleis bygget er. Kyrkjebø og Lid har "
                "dei største behova, og Sandvoll blir for liten rundt 2053.")
        + rows_html(["Skule", "Bygd", "Elevplassar", "Tilstand"], kap)
        + "<h2>4 Alternativ for skulestrukturen</h2>"
        + paras("Arbeidsgruppa har sett på tre alternativ. For kvart av dei viser tabellen "
                "kor lang skulevegen blir med buss, kva det kostar å byggje, og kva det betyr "
                "for undervisninga og for driftsutgiftene.")
        + rows_html(["Alt.", "Innhald", "Skuleskyss og reisetid", "Investering",
                     "Drift og læring"], alt)
        + paras("Alternativ C gir den lågaste driftskostnaden, men reisetida for dei yngste "
                "elevane frå Nesvik blir for lang. Kommunedirektøren tilrår derfor "
                "alternativ B.")
        + "<h2>Kostnad per elev</h2>"
        + paras("Årvik brukar i dag 142 000 kroner per elev i grunnskulen, om lag 18 000 "
                "kroner meir enn gjennomsnittet i kommunegruppa. Skilnaden kjem mest av dei "
                "små skulane, der det er få elevar per lærar og høge utgifter til drift av "
                "bygga. Lid skule brukar 231 000 kroner per elev og Nesvik 198 000.",
                "Fleire av dei små skulane har fådeltundervisning, der to eller tre trinn går "
                "saman i same klasse. Lærarane på Lid og Nesvik seier at dei saknar kollegaer "
                "å planleggje saman med, og at det er vanskeleg å få tak i lærarar med "
                "fordjuping i engelsk og matematikk.")
        + "<h2>5 Investeringsplan</h2>"
        + paras("Prosjekta under er sette opp i prioritert rekkjefølgje og er melde inn til "
                "arbeidet med økonomiplanen 2050–2053.")
        + rows_html(["Prioritet", "Prosjekt", "Når", "Kostnad"], inv)
        + "<h2>6 Medverknad</h2>"
        + paras("Samarbeidsutvala ved alle sju skulane fekk alternativa tilsendt i april og "
                "har gitt skriftleg uttale. Uttalane ligg ved planen. Det var ope møte på Lid "
                "og i Nesvik med til saman 140 frammøtte.")
        + "<h2>7 Vidare arbeid</h2>"
        + paras("Planutkastet vart sendt kommunedirektøren 28. mai 2049. Det blir lagt ut "
                "på høyring i seks veker etter handsaminga i hovudutval for oppvekst i "
                "september.")
    )
    html_pdf(d / "plan.pdf", lang="nn", title="Skulebruksplan 2050–2060 Årvik kommune",
             css=css, body=body)
    g = [
        P("1", b[0], "content", "covered", ev="Vi har rekna ut elevtalet for kvar krins",
          trap="a bullet under 'Forventningar til planen' in an OPPDRAGSBREV from the "
          "kommunedirektør; the bullets are numbered 1 … 4 by their place, the third (the lead "
          "of the typed sub-points a)–c)) is no point itself; text the bullet as printed. "
          "Answered with the SSB alternative and the bustadfelt in other words"),
        P("2", b[1], "content", "partial", ev="Eigedomsavdelinga har gått gjennom",
          missing=["vurdering av uteområda ved alle skulane"],
          trap="kapasitet and tilstand of the buildings are in the table; the uteområde is "
               "named for one school only (Lid) in a table cell and a leikeapparat project "
               "for Øyra, no review of the school grounds"),
        P("a", sub[0][1], "content", "covered", ev="Arbeidsgruppa har sett på tre alternativ",
          trap="a typed sub-point 'a)' of the third bullet (its lead, ending ':', is none); "
               "text without 'a)'. The alternatives table has a column 'Skuleskyss og "
               "reisetid'"),
        P("b", sub[1][1], "content", "covered", ev="Arbeidsgruppa har sett på tre alternativ",
          trap="answered in other words: 'kva det kostar … og kva det betyr for "
               "undervisninga', the column 'Drift og læring'"),
        P("c", sub[2][1], "content", "uncovered",
          trap="only named in passing: one sentence in a framed box ('Skulen er viktig for "
               "lokalsamfunnet'); the use of the buildings after school hours is never "
               "assessed"),
        P("4", b4, "deliverable", "covered", ev="Prosjekta under er sette opp",
          trap="'5 Investeringsplan' and its prioritised table, sent to the economic plan. "
               "The sentence on the ungdomsskule after the list is a limit, none"),
        P("S1", s1, "process", "partial", ev="Samarbeidsutvala ved alle sju skulane",
          missing=["uttale frå elevråda"],
          trap="the first sentence of the second paragraph of 'Organisering og medverknad'; "
               "the samarbeidsutval gave their uttale, the elevråd are never named"),
        P("S2", s2, "process", "covered", ev="Planutkastet vart sendt kommunedirektøren",
          trap="the sentence under the 'Framdrift' table; 28 May is before 1 June. The "
               "table's milestones and the budget sentence are none"),
    ]
    return dict(language="nn", mandate="mandate.pdf", plan="plan.pdf",
                drop=("ÅRVIK KOMMUNE · Kommunedirektøren",),
                producer="an OPPDRAGSBREV from the kommunedirektør exported from Word (DejaVu "
                "Sans 10, nn-NO, a Til / Frå / Dato / Vår ref. form table, running header, "
                "footer 'Oppdragsbrev skulebruksplan – side n av m'): 'Forventningar til "
                "planen' with four bullets, the third with typed sub-points a)–c), "
                "'Organisering og medverknad', a 'Framdrift' milestone table and a deadline "
                "sentence under it; plan the kommune's web page printed with Chromium "
                "(Liberation Sans 10, running heads left and right, 'Side n'), four tables and "
                "a floating box", points=g)


# =========================================================================== 3 trygghet (sv)
@pair
def trygghet(d: Path) -> dict:
    att = [
        "ta fram en lägesbild över brottslighet och otrygghet i kommunen, uppdelad på "
        "tätorterna Sunnerå, Backa och Östervik",
        "identifiera platser där invånarna känner sig otrygga, bland annat genom "
        "trygghetsvandringar",
        "föreslå insatser för att förebygga att barn och unga dras in i kriminalitet",
        "beskriva hur kommunen ska organisera och leda det brottsförebyggande arbetet, "
        "inklusive samordningen mellan förvaltningarna och de kommunala bolagen, för att "
        "uppfylla lagen om kommuners ansvar för brottsförebyggande arbete",
        "redovisa en handlingsplan med åtgärder, ansvarig nämnd och tidplan",
        "samråda med Polismyndigheten och civilsamhällets organisationer under arbetet",
    ]
    tid = "Förslaget ska redovisas till kommunstyrelsen senast den 30 november 2048."
    m = [
        ("meta", "Kommunstyrelsen · Dnr KS 2048/0412 · Beslutad 2048-03-19, § 64"),
        ("title", "Beställning: Handlingsplan för trygghet och brottsförebyggande arbete "
                  "2049–2052"),
        ("h1", "Bakgrund"),
        ("p", "Kommunens gällande trygghetsprogram löper ut vid årsskiftet. Sedan 2025 har "
              "kommunerna enligt lag ett ansvar för att bedriva brottsförebyggande arbete, ta "
              "fram en lägesbild och besluta om åtgärder. Medborgarundersökningen 2047 visar "
              "att andelen invånare som känner sig otrygga ute på kvällen har ökat i Backa "
              "och Östervik."),
        ("p", "Brottsförebyggande rådet i Sunnerå lades ned 2041, och sedan dess har arbetet "
              "skötts av respektive förvaltning. Polisen och kommunen har tecknat "
              "medborgarlöften varje år sedan 2036, men uppföljningen har varit svag. Under "
              "2047 anmäldes 1 196 brott i kommunen, vilket är något fler än genomsnittet för "
              "jämförbara kommuner. Skadegörelse och narkotikabrott har ökat mest, och "
              "polisen bedömer att ett fåtal unga personer står för en stor del av "
              "brottsligheten i Backa och Östervik."),
        ("p", "Ungdomsrådet har i ett medborgarförslag föreslagit att fritidsgården i Östervik "
              "öppnas igen. Förslaget hanteras i kultur- och fritidsnämnden och ingår inte i "
              "denna beställning. Kommunfullmäktige har i budgeten för 2049 avsatt 1,5 miljoner "
              "kronor till trygghetsskapande åtgärder i Backa och Östervik. Hur de pengarna "
              "används beslutas av kommunstyrelsens arbetsutskott efter förslag från "
              "säkerhetssamordnaren och redovisas i delårsrapporten och i årsredovisningen för "
              "2049. Kultur- och fritidsnämnden och socialnämnden ska yttra sig innan "
              "arbetsutskottet beslutar."),
        ("p", "Kommunstyrelsen har därför beslutat att ge kommundirektören i uppdrag att ta "
              "fram en ny handlingsplan. Arbetet leds av kommunens säkerhetssamordnare."),
        ("h1", "Beslutsunderlag"),
        ("bullets", ["Tjänsteskrivelse från kommunledningsförvaltningen 2048-02-27",
                     "Medborgarundersökningen 2047, resultat för Sunnerå kommun",
                     "Lägesrapport från lokalpolisområde Sunnerå, januari 2048",
                     "Protokollsutdrag från kommunstyrelsens arbetsutskott 2048-03-05, § 31"]),
        ("h1", "Mål för arbetet"),
        ("p", "Målet är att färre ska utsättas för brott och att fler ska känna sig trygga i "
              "sitt bostadsområde. Handlingsplanen ska bygga på kunskap om var och varför "
              "brott begås och ska kunna följas upp varje år. Arbetet ska "
              "utgå från de resurser som redan finns i förvaltningarna, i föreningslivet och "
              "hos polisen, och nya insatser ska prövas mot vad som redan görs."),
        ("h1", "Beställningen"),
        ("p", "Beställningen omfattar att"),
        *[("typed", f"{i}. ", t + ("." if i == len(att) else ","), 7, 3)
          for i, t in enumerate(att, 1)],
        ("p", "Beställningen omfattar inte kameraövervakning, som utreds i ett separat ärende, "
              "eller räddningstjänstens handlingsprogram."),
        ("h1", "Tidplan och rapportering"),
        ("p", tid + " Kommundirektören rapporterar arbetets status till kommunstyrelsens "
              "arbetsutskott i juni."),
        ("h1", "Resurser"),
        ("p", "Arbetet genomförs inom befintlig budget. Socialförvaltningen och "
              "utbildningsförvaltningen avsätter var sin medarbetare till arbetsgruppen."),
        ("h1", "Kontakt"),
        ("p", "Säkerhetssamordnare Elin Forsberg, kommunledningsförvaltningen"),
    ]
    rl_pdf(d / "mandate.pdf", m, title="Beställning handlingsplan trygghet",
           author="Sunnerå kommun", family="LS", size=10.5,
           head_left="SUNNERÅ KOMMUN", head_right="Beställning · KS 2048/0412",
           foot=lambda n, t: f"{n} ({t})", accent="#6B2C5F", head_fill="#EFE4EC")
    lage = [
        ["Typ av brott", "2045", "2046", "2047", "Förändring"],
        ["Misshandel", "88", "94", "101", "+15 %"],
        ["Skadegörelse", "312", "290", "341", "+9 %"],
        ["Stölder och inbrott", "405", "388", "362", "−11 %"],
        ["Narkotikabrott", "51", "67", "79", "+55 %"],
        ["Hot och ofredande", "140", "151", "149", "+6 %"],
    ]
    platser = [
        ["Resecentrum Sunnerå", "Dålig belysning, folk som samlas på kvällen",
         "Ny belysning, fler väktare fredag–lördag"],
        ["Gångtunneln vid Backa torg", "Mörk och nedklottrad, saknar sikt",
         "Tunneln byggs om med glasväggar"],
        ["Östervik centrum", "Ungdomar som samlas, stängda lokaler",
         "Fältassistenter, öppen fritidsgård"],
        ["Parken vid Åvägen", "Ingen belysning längs gångvägen", "Belysning 2049"],
    ]
    atg = [
        ["1", "Sociala insatsgrupper för unga 13–20 år i riskzon", "Socialnämnden"],
        ["2", "Fältassistenter i Östervik och Backa fyra kvällar i veckan", "Socialnämnden"],
        ["3", "Föräldravandringar och föräldrastöd i alla högstadieskolor",
         "Utbildningsnämnden"],
        ["4", "Ny belysning vid resecentrum och i parken vid Åvägen", "Tekniska nämnden"],
        ["5", "Ombyggnad av gångtunneln vid Backa torg", "Tekniska nämnden"],
        ["6", "Medborgarlöfte med polisen, förnyas varje år", "Kommunstyrelsen"],
        ["7", "Stöd till nattvandrare och idrottsföreningarnas kvällsverksamhet",
         "Kultur- och fritidsnämnden"],
    ]
    p = [
        ("title", "Handlingsplan för trygghet och brottsförebyggande arbete 2049–2052"),
        ("meta", "Sunnerå kommun · Förslag december 2048"),
        ("h1", "1 Inledning"),
        ("p", "Alla som bor i eller besöker Sunnerå ska kunna känna sig trygga. Den här "
              "handlingsplanen visar hur kommunen tillsammans med polisen och föreningslivet "
              "ska minska brottsligheten och öka tryggheten de kommande fyra åren. Planen "
              "ersätter trygghetsprogrammet 2045–2048."),
        ("p", "Planen har tagits fram på uppdrag av kommunstyrelsen, se beställningen i "
              "dnr KS 2048/0412. Lagen om kommuners ansvar för brottsförebyggande arbete "
              "nämns i bakgrunden till beställningen."),
        ("h1", "2 Lägesbild"),
        ("p", "Lägesbilden bygger på polisens statistik över anmälda brott, kommunens "
              "medborgarundersökning och skolornas elevenkät. Antalet anmälda brott i hela "
              "kommunen har varit ganska stabilt de senaste tre åren, men narkotikabrotten och "
              "misshandeln har ökat. Tabellen visar de vanligaste brotten för kommunen som "
              "helhet."),
        ("table", lage[0], lage[1:], [6.0, 2.2, 2.2, 2.2, 2.8]),
        ("p", "I medborgarundersökningen svarar 31 procent att de undviker vissa platser på "
              "kvällen, mot 24 procent 2043. Kvinnor och äldre känner sig oftare otrygga."),
        ("h1", "3 Otrygga platser"),
        ("p", "Under hösten 2048 gick kommunen, polisen och bostadsbolaget trygghetsvandringar "
              "i alla tre tätorterna tillsammans med boende. Vi frågade också i "
              "medborgarundersökningen var man känner sig otrygg. De platser som nämndes "
              "oftast finns i tabellen."),
        ("table", ["Plats", "Varför otrygg", "Vad vi gör"], platser, [4.6, 5.6, 5.8]),
        ("h1", "4 Barn och unga"),
        ("p", "Det viktigaste vi kan göra är att se till att unga aldrig börjar begå brott. "
              "Socialtjänsten startar sociala insatsgrupper där skola, socialtjänst, polis och "
              "fritid samarbetar kring unga som riskerar att hamna i kriminalitet. "
              "Fältassistenter arbetar kvällstid i Östervik och Backa, och alla "
              "högstadieskolor erbjuder föräldrastöd. Idrottsföreningarna får stöd för att "
              "hålla öppet på kvällar och helger."),
        ("h1", "5 Våld i nära relationer"),
        ("p", "Våld i nära relationer anmäls sällan, men är ett av de vanligaste brotten mot "
              "kvinnor. Socialtjänsten har sedan 2046 en särskild samordnare, och kommunen "
              "fortsätter utbildningen av personal i förskola, skola och hemtjänst så att de "
              "kan upptäcka våld och veta vart de ska vända sig. Kvinnojouren i Sunnerå får "
              "fortsatt föreningsbidrag."),
        ("h1", "6 Samverkan"),
        ("p", "Planen har tagits fram i samråd med lokalpolisområdet, som har deltagit i "
              "arbetsgruppen, och med föreningar, trossamfund och nattvandrarna, som bjöds in "
              "till två dialogmöten i september. Kommunen och polisen tecknar ett nytt "
              "medborgarlöfte varje år."),
        ("h1", "7 Åtgärder"),
        ("p", "Åtgärderna nedan ska genomföras under planperioden. Varje åtgärd har en "
              "ansvarig nämnd, som följer upp den i sin verksamhetsplan."),
        ("table", ["Nr", "Åtgärd", "Ansvarig nämnd"], atg, [1.2, 10.0, 4.8]),
        ("h1", "8 Fortsatt arbete"),
        ("p", "Förslaget behandlas av kommunstyrelsens arbetsutskott den 14 januari 2049 och "
              "av kommunstyrelsen i februari. Handlingsplanen följs upp varje år."),
    ]
    docx_pdf(d / "plan.pdf", p, title="Handlingsplan trygghet och brottsförebyggande arbete",
             author="Sunnerå kommun", font="Liberation Sans Narrow", size=11, lang="sv-SE",
             header="Sunnerå kommun | Handlingsplan för trygghet 2049–2052",
             footer="{PAGE}", accent="6B2C5F", head_fill="EFE4EC", landscape=True)
    g = [
        P("1", att[0], "content", "partial", ev="Lägesbilden bygger på polisens statistik",
          missing=["lägesbild uppdelad på tätorterna"],
          trap="a numbered point after 'Beställningen omfattar att' in a BESTÄLLNING from "
          "kommunstyrelsen; points 1 … 6 by their number, text without the number and the "
          "closing ',' / '.'. The lägesbild is for 'kommunen som helhet'; Sunnerå, Backa and "
          "Östervik are not told apart"),
        P("2", att[1], "content", "covered", ev="Under hösten 2048 gick kommunen",
          trap="'3 Otrygga platser' and its table, trygghetsvandringar in all three tätorter"),
        P("3", att[2], "content", "covered", ev="Det viktigaste vi kan göra",
          trap="answered in other words: 'att unga aldrig börjar begå brott', 'riskerar att "
               "hamna i kriminalitet'"),
        P("4", att[3], "content", "uncovered",
          trap="the point runs over the page break (two lines on page 1, its last line on "
               "page 2, the running head between). Only named in passing: the law's name in "
               "the introduction; how the work is organised and led is never described"),
        P("5", att[4], "deliverable", "partial", ev="Åtgärderna nedan ska genomföras",
          missing=["tidplan för åtgärderna"],
          trap="the table has Åtgärd and Ansvarig nämnd; no year or date per measure "
               "('under planperioden')"),
        P("6", att[5], "process", "covered", ev="Planen har tagits fram i samråd",
          trap="lokalpolisområdet in the arbetsgrupp and föreningar in two dialogmöten. The "
               "sentence 'Beställningen omfattar inte …' is an exclusion, none"),
        P("S1", tid, "process", "uncovered",
          trap="the first sentence of 'Tidplan och rapportering'; the plan goes to the "
               "arbetsutskott on 14 January 2049, after the 30 November deadline: not met. "
               "The status report in June, Resurser and Kontakt are none"),
    ]
    return dict(language="sv", mandate="mandate.pdf", plan="plan.pdf",
                drop=("SUNNERÅ KOMMUN", "Beställning · KS 2048/0412", "1 (2)", "2 (2)"),
                producer="a BESTÄLLNING from kommunstyrelsen laid out with reportlab "
                "(Liberation Sans 10.5, running head 'SUNNERÅ KOMMUN … Beställning · KS "
                "2048/0412' over a rule, 'n (m)' at the foot): Bakgrund, 'Beställningen "
                "omfattar att' and six points typed '1.' … '6.' with a hanging indent (point 4 "
                "over the page break), an "
                "exclusion sentence, 'Tidplan och rapportering', Resurser, Kontakt; plan "
                "exported from Word in LANDSCAPE (Liberation Sans Narrow 11, sv-SE, running "
                "header, bare page number), three tables", points=g)


# =========================================================================== 4 affald (da)
@pair
def affald(d: Path) -> dict:
    pts = [
        "Planen skal fastsætte et mål for genanvendelsen af husholdningsaffald i 2055 og "
        "vise, hvordan målet nås.",
        "Indsamlingen af madaffald og plast i etageboliger og sommerhusområder skal "
        "beskrives, herunder behovet for fælles affaldsøer.",
        "Planen skal tage stilling til, om genbrugspladsen i Tarp skal moderniseres eller "
        "lukkes.",
        "Der skal laves en kortlægning af affaldsmængder og sortering på kommunens egne "
        "institutioner.",
        "Planen skal indeholde en oversigt over initiativer med økonomi og tidsplan.",
    ]
    proc = ("Planforslaget sendes i offentlig høring i 8 uger, og der holdes et borgermøde i "
            "høringsperioden.")
    m = [
        ("form", [["Møde", "Teknik- og Miljøudvalget"],
                  ["Dato", "Tirsdag den 9. marts 2049 kl. 15.30"],
                  ["Sted", "Mødelokale 2, Rådhuset"],
                  ["Sagsnr.", "07.00.00-P15-1-49"]], [3.0, 13.2]),
        ("title", "Referat"),
        ("h1", "6. Udskiftning af vejbelysning til LED, etape 3"),
        ("h2", "Sagsfremstilling"),
        ("p", "Etape 1 og 2 af udskiftningen til LED er gennemført i Brøndlev by og Tarp. "
              "Etape 3 omfatter 1 850 armaturer i landdistrikterne og ved de kommunale "
              "parkeringspladser. Udskiftningen forventes at give en besparelse på el på ca. "
              "0,9 mio. kr. om året, og tilbagebetalingstiden er beregnet til ni år."),
        ("p", "Der er indhentet tilbud fra tre leverandører efter udbudsloven. Forvaltningen "
              "anbefaler at vælge det økonomisk mest fordelagtige tilbud fra Nordlys Belysning "
              "A/S, som også har leveret etape 2."),
        ("h2", "Økonomi"),
        ("p", "Anlægsudgiften er 7,4 mio. kr. og afholdes af den afsatte anlægsramme for "
              "klimatiltag 2049."),
        ("h2", "Indstilling"),
        ("p", "Direktøren for Teknik og Miljø indstiller, at udvalget godkender, at etape 3 "
              "tildeles Nordlys Belysning A/S, og at anlægsbevillingen frigives."),
        ("h2", "Udvalgets beslutning"),
        ("p", "Godkendt."),
        ("h1", "7. Igangsætning af Affaldsplan 2050–2061"),
        ("h2", "Sagsfremstilling"),
        ("p", "Kommunen skal efter affaldsbekendtgørelsen vedtage en affaldsplan for 12 år, "
              "som revideres hvert 6. år. Den nuværende plan udløber med udgangen af 2049. "
              "Forvaltningen foreslår, at arbejdet med en ny plan går i gang nu, så planen kan "
              "vedtages i byrådet i december 2049."),
        ("p", "Genanvendelsen af husholdningsaffald var 51 % i 2048. Der er indført "
              "ti-fraktionssortering ved parcelhusene, men i etageboliger og i "
              "sommerhusområderne er sorteringen lav. Genbrugspladsen i Tarp er fra 1994 og "
              "lever ikke op til kravene til adskillelse af farligt affald."),
        ("h2", "Økonomi"),
        ("p", "Planarbejdet finansieres af affaldsgebyret. Der er ikke afsat midler til nye "
              "anlæg."),
        ("h2", "Indstilling"),
        ("p", "Direktøren for Teknik og Miljø indstiller, at udvalget igangsætter arbejdet med "
              "Affaldsplan 2050–2061."),
        ("h2", "Udvalgets beslutning"),
        ("p", "Udvalget besluttede at igangsætte arbejdet med Affaldsplan 2050–2061 med "
              "følgende fokuspunkter:"),
        *[("p", f"{i}.{t}") for i, t in enumerate(pts, 1)],
        ("bold", "Proces"),
        ("p", proc + " Forvaltningen orienterer udvalget om status på mødet i juni. "
              "Lisbeth Kragh (V) var fraværende."),
    ]
    docx_pdf(d / "mandate.pdf", m, title="Referat Teknik- og Miljøudvalget 9. marts 2049",
             author="Brøndlev Kommune", font="Liberation Sans", size=10.5, lang="da-DK",
             header="Brøndlev Kommune – Teknik- og Miljøudvalget – Referat",
             footer="Side {PAGE} af {NUMPAGES}", accent="2E5E3A", head_fill="E3EEE5")
    maal = [
        ["Fraktion", "2048", "2052", "2055"],
        ["Mad- og haveaffald", "64 %", "70 %", "75 %"],
        ["Plast- og drikkekartoner", "38 %", "50 %", "60 %"],
        ["Papir og pap", "81 %", "85 %", "88 %"],
        ["Glas og metal", "77 %", "82 %", "85 %"],
        ["Husholdningsaffald i alt", "51 %", "58 %", "65 %"],
    ]
    ini = [
        ["1", "Fælles affaldsøer med seks fraktioner ved alle etageboliger", "4,8 mio. kr.",
         "2050–2051"],
        ["2", "Ombygning af Tarp Genbrugsplads med særskilt rum til farligt affald",
         "11,5 mio. kr.", "2051"],
        ["3", "Kampagne om madaffald i samarbejde med boligforeningerne", "0,3 mio. kr.",
         "2050"],
        ["4", "Storskrald afhentes som tilkaldeordning i hele kommunen", "0,6 mio. kr. årligt",
         "2052"],
        ["5", "Genbrugsbutik ved Brøndlev Genbrugsplads", "1,2 mio. kr.", "2053"],
        ["6", "Udbud af indsamling 2054–2061 med krav om elbiler", "Indgår i gebyret",
         "2053"],
    ]
    p = [
        ("title", "Affaldsplan 2050–2061"),
        ("meta", "Brøndlev Kommune · Forslag til høring, juni 2049"),
        ("h1", "1 Indledning"),
        ("p", "Affaldsplanen beskriver, hvordan Brøndlev Kommune vil håndtere affaldet fra "
              "borgere og virksomheder de næste tolv år. Planen er lavet efter "
              "affaldsbekendtgørelsen og bygger på de fokuspunkter, som Teknik- og "
              "Miljøudvalget besluttede den 9. marts 2049."),
        ("p", "Planen har en kortlægning af affaldsmængderne, en målsætningsdel og en "
              "oversigt over de initiativer, kommunen vil sætte i gang."),
        ("h1", "2 Affaldet i dag"),
        ("p", "I 2048 blev der indsamlet 24 600 tons affald fra husholdningerne i Brøndlev, "
              "svarende til 512 kg pr. indbygger. Knap halvdelen kom via genbrugspladserne, "
              "resten fra indsamlingen ved husstandene. Restaffaldet brændes på Vestegnens "
              "Kraftvarmeværk og giver fjernvarme til Brøndlev by."),
        ("p", "Sorteringsanalysen fra efteråret 2048 viser, at en tredjedel af restaffaldet "
              "fra husstandene stadig er madaffald, og at hver tiende kilo er plast eller "
              "kartoner, der kunne være genanvendt. Haveaffald og storskrald fylder mest på "
              "genbrugspladserne."),
        ("p", "Virksomhederne skal selv sørge for at sortere og få afhentet deres affald. "
              "Kommunen fører tilsyn med sorteringen og rådgiver de mindre virksomheder. "
              "Byggeaffald fra nedrivninger skal screenes for PCB og asbest, og kommunen "
              "vil skærpe kontrollen med anmeldelserne."),
        ("h1", "3 Mål for genanvendelse"),
        ("p", "Vi vil genanvende 65 % af husholdningsaffaldet i 2055. For at nå dertil skal "
              "sorteringen blive bedre, især af madaffald og plast, hvor der stadig er meget i "
              "restaffaldet. Tabellen viser målene for hver fraktion. De to største bidrag "
              "kommer fra affaldsøerne ved etageboligerne og kampagnen om madaffald "
              "(initiativ 1 og 3)."),
        ("table", maal[0], maal[1:], [70, 30, 30, 30]),
        ("h1", "4 Etageboliger"),
        ("p", "I etageboligerne bor 28 % af kommunens borgere, men de står kun for 12 % af "
              "det madaffald, der bliver indsamlet. Mange steder står der kun containere til "
              "rest, papir og glas. Fra 2050 etableres fælles affaldsøer med seks fraktioner "
              "ved alle etageboliger i samarbejde med boligforeningerne. Hvor der ikke er "
              "plads, bruges nedgravede containere."),
        ("h1", "5 Genbrugspladserne"),
        ("p", "Kommunen har to genbrugspladser, i Brøndlev og i Tarp. Pladsen i Tarp bliver "
              "bevaret, fordi borgerne i den nordlige del af kommunen ellers får over 25 km "
              "til nærmeste plads. Den bygges om i 2051, så farligt affald kan afleveres i et "
              "særskilt, overdækket rum, og der bliver plads til flere fraktioner."),
        ("h1", "6 Kommunens egne institutioner"),
        ("p", "Skoler, daginstitutioner og plejecentre skal også sortere deres affald. "
              "Forvaltningen vil i 2051 se nærmere på affaldsmængderne fra institutionerne."),
        ("h1", "7 Initiativer"),
        ("p", "Oversigten viser de initiativer, planen sætter i gang, med anslået økonomi og "
              "årstal. Initiativerne finansieres af affaldsgebyret, og anlægsudgifterne "
              "indarbejdes i budgettet for de enkelte år."),
        ("table", ["Nr.", "Initiativ", "Økonomi", "Tidsplan"], ini, [12, 92, 36, 30]),
        ("h1", "8 Høring"),
        ("p", "Planforslaget er i offentlig høring i otte uger fra 1. juli til 26. august "
              "2049. Høringssvar sendes til affald@broendlev.dk. Efter høringen behandles "
              "planen i udvalget og vedtages af byrådet i december 2049."),
    ]
    rl_pdf(d / "plan.pdf", p, title="Affaldsplan 2050–2061", author="Brøndlev Kommune",
           family="Helvetica", size=10, head_left="Affaldsplan 2050–2061",
           head_right="Brøndlev Kommune", foot=lambda n, t: f"{n}/{t}", accent="#2E5E3A",
           head_fill="#E3EEE5")
    g = [
        P("1", pts[0], "content", "covered", ev="Vi vil genanvende 65 %",
          trap="a numbered point under 'Udvalgets beslutning' in a udvalg's REFERAT, typed "
          "'1.Planen …' with no space after the number; points 1 … 5 by their number, text "
          "without 'n.' with its full stop. The lead 'Udvalget besluttede at igangsætte …' is "
          "the mandate; the Indstilling and Sagsfremstilling are none"),
        P("2", pts[1], "content", "partial", ev="I etageboligerne bor 28 %",
          missing=["indsamling i sommerhusområderne"],
          trap="etageboliger and affaldsøer are answered; sommerhusområderne never named"),
        P("3", pts[2], "content", "covered", ev="Kommunen har to genbrugspladser",
          trap="answered in other words: the Tarp plads 'bliver bevaret' and 'bygges om'"),
        P("4", pts[3], "content", "uncovered",
          trap="a promise for later: the forvaltning 'vil i 2051 se nærmere på' the "
               "institutions' waste; no kortlægning"),
        P("5", pts[4], "deliverable", "covered", ev="Oversigten viser de initiativer",
          trap="'7 Initiativer' and its table Nr. | Initiativ | Økonomi | Tidsplan"),
        P("S1", proc, "process", "partial", ev="Planforslaget er i offentlig høring",
          missing=["borgermøde i høringsperioden"],
          trap="the first sentence of the 'Proces' paragraph after the numbered points; the "
               "høring of eight weeks is there, no borgermøde. The June status sentence and "
               "the absence line are none"),
    ]
    return dict(language="da", mandate="mandate.pdf", plan="plan.pdf",
                drop=("Brøndlev Kommune – Teknik- og Miljøudvalget – Referat",),
                producer="a udvalg's REFERAT exported from Word (Liberation Sans 10.5, da-DK, a "
                "Møde / Dato / Sted / Sagsnr. form table, running header, 'Side n af m'): item "
                "'7.' with Sagsfremstilling, Økonomi, Indstilling, and 'Udvalgets "
                "beslutning': a lead sentence and five points typed '1.Planen …' without a "
                "space, then a bold 'Proces' paragraph; plan laid out with reportlab "
                "(Helvetica 10, running head over a rule, 'n/m'), a målsætning table and an "
                "initiativ table", points=g)


# =========================================================================== 5 aqap (en)
@pair
def aqap(d: Path) -> dict:
    dl = [
        ("D1", "A source apportionment for each AQMA, showing the share of nitrogen dioxide from "
               "cars, vans, HGVs and buses."),
        ("D2", "A shortlist of measures, each with an estimate of its effect on concentrations, "
               "its cost and a timescale for delivery."),
        ("D3", "Proposals to reduce fine particulate matter (PM2.5) from domestic solid fuel "
               "burning, including how the Smoke Control Area will be enforced."),
        ("D4", "A monitoring and reporting framework setting out how progress on each measure "
               "will be reported in the Annual Status Report."),
        ("D5", "A consultation statement summarising the responses from statutory consultees "
               "and the public, and how the plan has changed as a result."),
    ]
    s1 = "The draft AQAP will be considered by the Environment Scrutiny Panel before consultation."
    s2 = ("The final AQAP must be submitted to Defra for appraisal by 30 June 2048, within 18 "
          "months of the AQMA declarations.")
    css = ("@page{size:A4;margin:16mm 18mm 18mm 18mm;@bottom-left{content:'Castlemere District "
           "Council · Project brief AQAP-01 v1.2';font:7.5pt 'Liberation Serif',serif;"
           "color:#555}@bottom-right{content:'Page ' counter(page) ' of ' counter(pages);"
           "font:7.5pt 'Liberation Serif',serif;color:#555}}body{font-family:'Liberation "
           "Serif',serif;font-size:11pt;line-height:1.35;color:#111}"
           ".band{background:#263a5e;color:#fff;padding:8px 12px;margin-bottom:10px}"
           ".band .o{font-size:9pt;letter-spacing:.5px}.band .t{font-size:18pt;"
           "font-weight:bold}table.meta{border-collapse:collapse;font-size:9.5pt;"
           "margin-bottom:8px}table.meta td{padding:2px 12px 2px 0}table.meta td:first-child"
           "{font-weight:bold;color:#263a5e}h2{font-size:13pt;color:#263a5e;border-bottom:1px "
           "solid #263a5e;margin:14px 0 5px}ul{margin:3px 0 6px 0;padding-left:18px}"
           "li{margin-bottom:2px}.cols{display:flex;gap:14px}.cols>div{flex:1;"
           "border:1px solid #c5cbd8;padding:2px 9px 4px}.cols h3{font-size:10.5pt;"
           "margin:5px 0 2px}dl.dl{margin:0}dl.dl dt{font-weight:bold;float:left;width:11mm}"
           "dl.dl dd{margin:0 0 4px 11mm}")
    body = (
        "<div class='band'><div class='o'>CASTLEMERE DISTRICT COUNCIL · ENVIRONMENTAL HEALTH"
        "</div><div class='t'>Project brief: Air Quality Action Plan 2048–2053</div></div>"
        "<table class='meta'><tr><td>Project sponsor</td><td>Director of Place</td></tr>"
        "<tr><td>Project lead</td><td>Principal Environmental Health Officer (Pollution)</td>"
        "</tr><tr><td>Approved</td><td>Corporate Leadership Team, 9 February 2047</td></tr>"
        "<tr><td>Version</td><td>1.2</td></tr></table>"
        "<h2>1. Purpose</h2>"
        + paras("In December 2046 the Council declared two Air Quality Management Areas "
                "(AQMAs) for nitrogen dioxide: AQMA 1 along Bridge Street and the High Street "
                "in Castlemere, and AQMA 2 at the Wharf Road junction in Eastleigh Marsh. "
                "Annual mean concentrations at the worst-affected homes were between 44 and 49 "
                "µg/m³, above the objective of 40 µg/m³.",
                "Under Part IV of the Environment Act 1995 the Council must prepare an Air "
                "Quality Action Plan setting out how it will bring concentrations below the "
                "objective as quickly as possible. This brief sets out what the project will "
                "produce and how it will be run.")
        + "<h2>2. Scope</h2><div class='cols'><div><h3>In scope</h3><ul>"
        + "".join(f"<li>{e(t)}</li>" for t in (
            "Both AQMAs and the roads leading into them",
            "Road traffic emissions and domestic burning",
            "Measures the Council and Hartshire County Council (as highway authority) can "
            "deliver",
            "The Council's own fleet and taxi licensing"))
        + "</ul></div><div><h3>Out of scope</h3><ul>"
        + "".join(f"<li>{e(t)}</li>" for t in (
            "Industrial processes regulated by the Environment Agency",
            "The A41 trunk road, managed by National Highways",
            "A Clean Air Zone with charging",
            "Indoor air quality"))
        + "</ul></div></div>"
        + "<h2>3. Deliverables</h2>"
        + paras("The project will deliver an Air Quality Action Plan containing:")
        + "<dl class='dl'>"
        + "".join(f"<dt>{e(n)}</dt><dd>{e(t)}</dd>" for n, t in dl)
        + "</dl>"
        + "<h2>4. Governance and consultation</h2>"
        + paras("The project board (sponsor, project lead, Hartshire County Council transport "
                "planning and public health) meets monthly. " + s1 + " Consultation will run "
                "for eight weeks and will include Defra, the Environment Agency, Hartshire "
                "County Council, National Highways and neighbouring authorities.")
        + "<h2>5. Timescales</h2>"
        + paras(s2 + " Cabinet will adopt the plan once Defra's appraisal has been received.")
        + "<h2>6. Resources</h2>"
        + paras("Officer time from Environmental Health and Planning Policy. £18,000 has been "
                "set aside from the Defra Air Quality Grant for traffic counts and modelling.")
    )
    html_pdf(d / "mandate.pdf", lang="en-GB", title="Project brief AQAP 2048-2053",
             css=css, body=body)
    src_rows = [
        ["AQMA 1 Bridge St / High St", "41 %", "19 %", "14 %", "21 %", "5 %"],
        ["AQMA 2 Wharf Road junction", "38 %", "17 %", "31 %", "6 %", "8 %"],
    ]
    meas = [
        ["M1", "Bus priority and signal upgrade at Bridge Street", "−3.1 µg/m³ (AQMA 1)",
         "2049"],
        ["M2", "Retrofit or replace the eight oldest buses on routes 3 and 7",
         "−2.4 µg/m³ (AQMA 1)", "2049–2050"],
        ["M3", "HGV routing agreement for the Wharf Road industrial estate",
         "−2.8 µg/m³ (AQMA 2)", "2049"],
        ["M4", "Taxi licensing: all new licences ultra-low emission from 2050",
         "−0.9 µg/m³ (both)", "2050"],
        ["M5", "Electric vehicles for the Council's refuse and street cleansing fleet",
         "−0.6 µg/m³ (AQMA 1)", "2050–2052"],
        ["M6", "School streets at three primary schools near the AQMAs", "Local benefit",
         "2048–2049"],
        ["M7", "Anti-idling campaign and enforcement at the level crossing",
         "−0.4 µg/m³ (AQMA 2)", "2048"],
    ]
    p = [
        ("title", "Castlemere Air Quality Action Plan 2048–2053"),
        ("meta", "Draft for submission to Defra · June 2048"),
        ("h1", "1 Introduction"),
        ("p", "Air pollution harms health, and it harms most those who live beside busy roads. "
              "In December 2046 we declared two Air Quality Management Areas where nitrogen "
              "dioxide is above the legal limit: along Bridge Street and the High Street in "
              "Castlemere, and at the Wharf Road junction in Eastleigh Marsh. This plan sets "
              "out what we and our partners will do to bring levels below the limit by 2051."),
        ("p", "The plan was prepared by a steering group of the Council, Hartshire County "
              "Council and the county's public health team."),
        ("h1", "2 Air quality in Castlemere"),
        ("p", "Air quality in most of the district is good. We measure nitrogen dioxide at "
              "26 sites, and levels have fallen by about a quarter since 2030 as vehicles have "
              "become cleaner. The two AQMAs are the exceptions: both are narrow streets with "
              "buildings close to the road on both sides, queuing traffic at junctions and a "
              "high share of heavy vehicles, so pollution does not disperse."),
        ("p", "About 640 people live inside the two AQMAs, and a primary school and a GP "
              "surgery are within 100 metres of Bridge Street. The county's public health "
              "team estimates that long-term exposure to air pollution contributes to around "
              "5 % of adult deaths in the district, a figure close to the national "
              "average."),
        ("h1", "3 Where the pollution comes from"),
        ("p", "We counted traffic at both locations in spring 2047 and modelled the emissions "
              "from each type of vehicle. In AQMA 1 cars are the largest source, but buses "
              "make up a fifth of the nitrogen dioxide although they are only 3 % of the "
              "traffic. In AQMA 2 lorries serving the industrial estate are the main "
              "problem."),
        ("table", ["Area", "Cars", "Vans", "HGVs", "Buses", "Background"], src_rows,
         [52, 22, 22, 22, 22, 30]),
        ("h1", "4 What we will do"),
        ("p", "The steering group considered 23 possible measures and shortlisted seven. The "
              "table shows each measure with the reduction in annual mean nitrogen dioxide "
              "we expect at the worst-affected homes and when it will be delivered."),
        ("table", ["Ref", "Measure", "Expected reduction", "Delivery"], meas,
         [12, 86, 42, 30]),
        ("p", "Together the measures should reduce concentrations in AQMA 1 by about 7 µg/m³ "
              "and in AQMA 2 by about 4 µg/m³, enough to meet the objective at every "
              "location by 2051."),
        ("h2", "Wood burning"),
        ("p", "Domestic wood burning is a growing source of fine particles in the district. It "
              "will be tackled in a separate Clean Air Strategy in 2049."),
        ("h1", "5 Checking progress"),
        ("p", "We will keep measuring nitrogen dioxide at 26 diffusion tube sites and the "
              "automatic station on Bridge Street. Each year the Annual Status Report to Defra "
              "will say how far every measure in the table has got, what it has achieved and "
              "whether it is on time. The steering group will meet twice a year to review the "
              "plan, and a measure that falls behind will be reported to Cabinet."),
        ("h1", "6 What people told us"),
        ("p", "The draft was open for comment for eight weeks from March 2048. We received 312 "
              "responses from residents, most of them from Bridge Street and Eastleigh Marsh. "
              "People strongly supported school streets and bus improvements and were "
              "concerned about lorries parking on Wharf Road overnight. As a result we added "
              "the anti-idling measure (M7) and brought forward the HGV routing agreement."),
        ("h1", "7 Next steps"),
        ("p", "This plan will be submitted to Defra for appraisal on 20 June 2048. Cabinet will "
              "be asked to adopt it once Defra's comments have been taken into account."),
    ]
    rl_pdf(d / "plan.pdf", p, title="Castlemere Air Quality Action Plan 2048-2053",
           author="Castlemere District Council", family="LS", size=10.5,
           head_left="Castlemere District Council", head_right="Air Quality Action Plan",
           foot=lambda n, t: f"{n}", accent="#263A5E", head_fill="#DCE1EC")
    g = [
        P("D1", dl[0][1], "deliverable", "covered", ev="We counted traffic at both locations",
          trap="an item of the 'Deliverables' list of a PROJECT BRIEF (a definition list "
          "D1 … D5 after 'The project will deliver an Air Quality Action Plan containing:', "
          "the lead is the mandate); numbered by its label, text with its full stop. The "
          "'In scope' and 'Out of scope' lists are scope, none. Answered by '3 Where the "
          "pollution comes from' and its table by vehicle type"),
        P("D2", dl[1][1], "deliverable", "partial", ev="The steering group considered 23",
          missing=["the cost of each measure"],
          trap="the table gives the expected reduction and the delivery year; no cost"),
        P("D3", dl[2][1], "deliverable", "uncovered",
          trap="a promise for later: 'Wood burning' names the source and hands it to a "
               "separate Clean Air Strategy in 2049; the Smoke Control Area is never named"),
        P("D4", dl[3][1], "deliverable", "covered", ev="We will keep measuring nitrogen dioxide",
          trap="answered in other words: the Annual Status Report 'will say how far every "
               "measure … has got'"),
        P("D5", dl[4][1], "deliverable", "partial", ev="The draft was open for comment",
          missing=["responses from statutory consultees"],
          trap="the residents' responses and the changes made are there; Defra, the "
               "Environment Agency and the other consultees are not"),
        P("S1", s1, "process", "uncovered",
          trap="the second sentence of '4. Governance and consultation' (the first, the "
               "project board, is none); the plan never names the Scrutiny Panel: not met. "
               "The consultation sentence after it describes the consultation, none"),
        P("S2", s2, "process", "covered", ev="This plan will be submitted to Defra",
          trap="the first sentence of '5. Timescales'; 20 June is before the 30 June "
               "deadline. Adoption by Cabinet and Resources are none"),
    ]
    return dict(language="en", mandate="mandate.pdf", plan="plan.pdf",
                drop=("Castlemere District Council · Project brief AQAP-01 v1.2",),
                producer="a PROJECT BRIEF on the council's template printed with Chromium "
                "(Liberation Serif 11, en-GB, a coloured title band, a meta table, footer "
                "'Castlemere District Council · Project brief …' and 'Page n of m'): Purpose, "
                "Scope as two boxes 'In scope' / 'Out of scope', 'Deliverables' as a "
                "definition list D1–D5, Governance and consultation, Timescales, Resources; "
                "plan laid out with reportlab (Liberation Sans 10.5, running head over a rule, "
                "bare page number), two tables", points=g)


# =========================================================================== main


def main(argv: list[str]) -> None:
    """Build this folder's pairs and their gold, --verify them, or --twice: build everything
    twice and compare the sha256 of every file (all in pairkit.mandates_main)."""
    pk.mandates_main(argv, here=HERE, pairs=PAIRS, b20=_b20, builder=BUILDER)


BUILDER = "corpora/mandates-blind36/make_pairs.py"

if __name__ == "__main__":
    main(sys.argv[1:])
