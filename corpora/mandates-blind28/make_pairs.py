"""Build the twenty-eighth blind batch of mandate/plan pairs under corpora/mandates-blind28/ and their gold.

Written on 2026-12-05 without reading plancheck's code, from how mandates are really delivered:
a bokmål HØRINGSUTTALELSE FRA ELDRERÅDET (Word → PDF) whose points are the "Rådet ber om at …"
sentences inside prose paragraphs, among sentences that support, note or regret (none); an
English REGULATION 28 REPORT TO PREVENT FUTURE DEATHS from a coroner (reportlab) whose
'MATTERS OF CONCERN' (1)–(6) are the points, one addressed to another body; a Swedish IVO
BESLUT MED FÖRELÄGGANDE (Word → PDF, sv) whose "förelägger nämnden att … vidta följande
åtgärder:" dash list is the points, with 'kritik' and a closed part that are none; a Danish
ARBEJDSTILSYNET AFGØRELSE (case system, reportlab) with 'Påbud' headings whose "I skal sørge for,
at …" sentences are the points, a strakspåbud already complied with and a 'Vejledning' that are
none; and a nynorsk TILSYNSRAPPORT frå Statsforvaltaren (Writer → PDF) whose 'Avvik' are the
points and whose 'Merknad' is none.

    python corpora/mandates-blind28/make_pairs.py               # all pairs
    python corpora/mandates-blind28/make_pairs.py --verify      # gold quotes against pdftotext

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


# =========================================================================== 1 eldrerad (nb)
@pair
def eldrerad(d: Path) -> dict:
    r = [
        "Rådet ber om at servicebussen kan bestilles på telefon, og ikke bare i appen.",
        "Rådet ber om at alle holdeplassene servicebussen bruker, får benk, leskur og "
        "belysning, og at det er trinnfri adkomst fra fortauet.",
        "Rådet ber om at planen viser hva en tur med servicebussen vil koste for brukerne.",
        "Rådet ber om at sjåførene får opplæring i å hjelpe passasjerer med rullator og "
        "rullestol.",
        "Rådet ber om at servicebussen også kjører til Grøttvika og Nordre Sandnes på "
        "lørdager.",
    ]
    s1 = ("Rådet ber om å få den reviderte planen til ny uttalelse før den legges fram for "
          "kommunestyret.")
    m = [
        ("meta", "Gransund kommune · Eldrerådet"),
        ("meta", "Til: Kommunedirektøren, v/ seksjon for samfunnsutvikling · Saksnr. 44/212 · "
                 "Dato: 19.02.2044"),
        ("title", "Høringsuttalelse – Plan for servicebuss og tilbringertjeneste 2044–2047"),
        ("p", "Eldrerådet behandlet høringsutkastet til plan for servicebuss og "
              "tilbringertjeneste i møte 13. februar 2044, sak 5/44. Rådet gjorde enstemmig "
              "denne uttalelsen:"),
        ("h2", "Eldrerådets uttalelse"),
        ("p", "Eldrerådet støtter at kommunen vil innføre en fast servicebuss to dager i uka, og "
              "mener den kan gjøre det lettere for mange eldre å bo hjemme lenger. Rådet merker "
              "seg at bussen skal bestilles dagen før. Mange eldre bruker ikke smarttelefon. "
              + r[0]),
        ("p", "Holdeplassene er i dag svært ulike. Ved Gransund sentrum er det både benk og "
              "leskur, mens flere av holdeplassene i bygdene bare er et skilt i grøfta. " + r[1]
              + " Rådet er klar over at noen av holdeplassene ligger langs fylkesveg."),
        ("p", "I høringsutkastet står det at prisen skal fastsettes senere. For mange eldre med "
              "minstepensjon er prisen avgjørende for om de kan bruke tilbudet. " + r[2]),
        ("p", "Rådet har god erfaring med sjåførene i dagens TT-ordning. " + r[3]
              + " Rådet er glad for at bussen skal ha lav inngang."),
        ("p", "Rådet beklager at kveldsruten til Gransund kulturhus er tatt ut av "
              "høringsutkastet, men forstår at dette handler om økonomi. " + r[4]),
        ("p", "Rådet er også opptatt av at TT-kortet må gjelde for flere turer i året, men er "
              "kjent med at dette er fylkeskommunens ansvar. " + s1),
        ("p", "For eldrerådet, Berit Kvålsvoll, leder · Sekretær: Anders Myhr"),
    ]
    _b20.build_pdf_l(m, d / "mandate.pdf", word_lang="nb",
                     title="Høringsuttalelse fra eldrerådet – plan for servicebuss",
                     author="Gransund kommune, Eldrerådet",
                     header="Gransund kommune · Eldrerådet")
    p = [
        ("title", "Plan for servicebuss og tilbringertjeneste 2044–2047"),
        ("meta", "Gransund kommune · Seksjon for samfunnsutvikling · Revidert plan etter høring, "
                 "8. april 2044"),
        ("h1", "1 Formål"),
        ("p", "Servicebussen skal gjøre det mulig for eldre og andre som ikke kan kjøre selv, å "
              "handle, gå til lege og delta i aktiviteter i Gransund sentrum."),
        ("h1", "2 Ruter og dager"),
        ("p", "Bussen kjører tirsdag og fredag. Rute A går fra Grøttvika via Hestnes til "
              "sentrum, rute B fra Nordre Sandnes via Lia. Rutene og tidene står i vedlegg 1."),
        ("h1", "3 Bestilling"),
        ("p", "Turen bestilles innen kl. 14 dagen før. Den som ikke bruker appen, kan ringe "
              "servicetorget på 74 20 15 00 mellom kl. 08 og 15."),
        ("h1", "4 Holdeplasser"),
        ("p", "Holdeplassene ved Gransund sentrum, helsehuset og Lia skole får benk og leskur i "
              "2044."),
        ("h1", "5 Pris"),
        ("p", "Egenandelen for servicebussen fastsettes i gebyrregulativet for 2045."),
        ("h1", "6 TT-ordningen"),
        ("p", "TT-kortet forvaltes av fylkeskommunen. Kommunen vil be fylkeskommunen om flere "
              "turer for brukere som bor mer enn 10 km fra sentrum."),
        ("h1", "7 Høring og behandling"),
        ("p", "Høringsutkastet ble sendt til eldrerådet, rådet for personer med "
              "funksjonsnedsettelse og ungdomsrådet. Den reviderte planen ble lagt fram for "
              "eldrerådet i møte 2. april 2044, før kommunestyret behandler den 25. april."),
        ("h1", "Vedlegg 1 Ruter, tider og bussens utstyr"),
        ("table", ["Rute", "Dager", "Avgang", "Merknad"],
         [["A Grøttvika – Hestnes – sentrum", "Tirsdag, fredag", "09.30", "Retur 13.00"],
          ["B Nordre Sandnes – Lia – sentrum", "Tirsdag, fredag", "10.00", "Retur 13.30"],
          ["Utstyr", "–", "–", "Lav inngang, rampe, plass til to rullestoler"],
          ["Sjåfører", "–", "–", "Kurs i forflytning og hjelp med rullator og rullestol før "
                                 "oppstart"]], [50, 30, 20, 60]),
    ]
    _b20.odt_to_pdf(p, d / "plan.pdf", title="Plan for servicebuss og tilbringertjeneste "
                    "2044–2047", lang="nb")
    g = [
        P("1", r[0], "content", "covered", ev="Den som ikke bruker appen, kan ringe",
          trap="a 'Rådet ber om at …' sentence inside a prose paragraph of a HØRINGSUTTALELSE "
          "FRA ELDRERÅDET, numbered by order; the sentences around it ('støtter', 'merker seg', "
          "'Mange eldre bruker ikke smarttelefon') are none. Answered in other words (ringe "
          "servicetorget)"),
        P("2", r[1], "content", "partial", ev="Holdeplassene ved Gransund sentrum",
          missing=["belysning ved holdeplassene", "trinnfri adkomst fra fortauet",
                   "holdeplassene i bygdene (bare tre av holdeplassene får benk og leskur)"],
          trap="benk and leskur at three stops only; light and step-free access not named"),
        P("3", r[2], "content", "uncovered",
          trap="COST answered only by a deferral: 'Egenandelen … fastsettes i "
          "gebyrregulativet for 2045'"),
        P("4", r[3], "content", "covered", ev="Kurs i forflytning og hjelp med rullator",
          trap="answered ONLY in the appendix table 'Vedlegg 1' (row 'Sjåfører': kurs i "
          "hjelp med rullator og rullestol); 'Lav inngang' there answers the rådet's "
          "statement of joy, a non-point"),
        P("5", r[4], "content", "uncovered",
          trap="shared words only: Grøttvika and Nordre Sandnes are in the routes, but the "
          "bus runs 'tirsdag og fredag' — no lørdag. The regret about the kveldsrute is none"),
        P("S1", s1, "process", "covered", ev="Høringsutkastet ble sendt til eldrerådet",
          trap="the last 'Rådet ber om …' sentence, after a TT-kort remark the rådet itself "
          "calls the fylkeskommune's (none; the plan's 'TT-ordningen' answers a non-point); "
          "answered in the plan's process chapter 'Høring og behandling' (2 April, before "
          "kommunestyret)"),
    ]
    return dict(language="nb", mandate="mandate.pdf", plan="plan.pdf",
                drop=("Gransund kommune · Eldrerådet",),
                producer="høringsuttalelse fra eldrerådet exported from Word: five 'Rådet ber om "
                "at …' sentences and one 'Rådet ber om å …' inside prose paragraphs among "
                "sentences that support, note or regret; plan written in Writer and exported "
                "by LibreOffice, an appendix table at the end", points=g)


def main(argv: list[str]) -> None:
    """Build this folder's pairs and their gold, or --verify them (pairkit.mandates_main)."""
    pk.mandates_main(argv, here=HERE, pairs=PAIRS, b20=_b20, builder="corpora/mandates-blind28/make_pairs.py")


if __name__ == "__main__":
    main(sys.argv[1:])
