"""Build the session-35 status variants: ``python status_build.py OUTDIR`` writes
NAME-mandate.pdf and NAME-plan.pdf per pair (reportlab). Gold in status_gold.py."""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

PAIRS: dict[str, tuple[list[str], str, list[tuple[str, str]]]] = {
    "s1_sv_trygg": (
        ["Uppdrag: trygghetsplan", "Planen ska:",
         "1. beskriva hur kommunen ska bli certifierad som Trygg kommun,",
         "2. redovisa hur många invånare som känner sig otrygga i centrum."],
        "Trygghetsplan för Åby kommun 2049–2052",
        [("1 Inledning", "Planen visar hur Åby kommun ska arbeta för att fler ska känna sig trygga i "
          "vardagen. Uppdraget godkändes av kommunstyrelsen i mars 2048 och planen har tagits fram av "
          "en arbetsgrupp med polis, skola och socialtjänst."),
         ("2 Läget i dag", "Enligt trygghetsmätningen 2048 känner 31 procent av invånarna sig otrygga "
          "i centrum på kvällstid, mot 22 procent år 2044."),
         ("3 Trygg kommun", "Trygg kommun är en certifiering från en ideell förening. Åby kommun vill på "
          "sikt bli certifierad."),
         ("4 Åtgärder", "Belysningen i centrum byts ut under 2049. Nattvandringen utökas till tre "
          "kvällar i veckan.")],
    ),
    "s2_nb_deferral": (
        ["Bestilling: plan for kommunale utleieboliger", "Planen skal:",
         "1. vurdere å innføre en ordning med leie til eie for leietakere i kommunale boliger,",
         "2. beskrive ventetiden for kommunal bolig."],
        "Plan for kommunale utleieboliger i Nordby kommune",
        [("1 Innledning", "Planen viser hvordan Nordby kommune skal skaffe nok utleieboliger. Den er laget "
          "av boligkontoret."),
         ("2 Ventetid", "Ventetiden for en kommunal bolig var i snitt fire måneder i 2048, mot to måneder "
          "i 2045."),
         ("3 Eie egen bolig", "Flere leietakere ønsker å eie selv. Leie til eie har vært foreslått av "
          "Husbanken og vil bli vurdert i en fremtidig gjennomgang av ordningen."),
         ("4 Tiltak", "Kommunen kjøper ti nye leiligheter i 2049.")],
    ),
    "s3_da_sund": (
        ["Kommissorium: sundhedspolitik", "Politikken skal:",
         "1. beskrive, hvordan kommunen kan blive certificeret som Sund Kommune,",
         "2. overveje gratis frugt til alle elever i folkeskolen,",
         "3. redegøre for, hvor mange borgere der ryger dagligt."],
        "Sundhedspolitik for Holmby Kommune 2049–2052",
        [("1 Indledning", "Politikken viser, hvordan Holmby Kommune vil arbejde for, at flere lever et "
          "sundt liv. Kommissoriet blev godkendt af byrådet i februar 2048."),
         ("2 Rygning", "Ifølge sundhedsprofilen ryger 14 procent af borgerne dagligt, mod 17 procent i "
          "2044."),
         ("3 Sund Kommune", "Sund Kommune er en mærkningsordning fra en landsdækkende forening. Holmby "
          "Kommune ønsker på sigt at blive certificeret."),
         ("4 Skolerne", "Gratis frugt til eleverne er foreslået af elevrådet og vil blive undersøgt i en "
          "kommende evaluering af skolemaden.")],
    ),
    "s4_en_deferral": (
        ["Terms of reference: allotments strategy", "The strategy shall:",
         "1. review the charges for allotment plots,",
         "2. set out the length of the waiting list for a plot."],
        "Allotments Strategy for Kelby 2049–2054",
        [("1 Introduction", "This strategy sets out how the Council will manage its 14 allotment sites. "
          "It was prepared by the Parks team."),
         ("2 Waiting list", "There are 312 people on the waiting list for a plot; the average wait is "
          "two years."),
         ("3 Charges", "Allotment charges have been raised by tenants and will be looked at in a future "
          "review of fees."),
         ("4 Actions", "Two new sites will open in 2050.")],
    ),
}


def _pdf(path: Path, title: str | None, body: list[tuple[str, str]] | list[str]) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    _, h = A4
    y = h - 80
    if title:
        c.setFont("Helvetica-Bold", 15)
        c.drawString(60, y, title)
        y -= 30
    for item in body:
        if isinstance(item, tuple):
            head, text = item
            c.setFont("Helvetica-Bold", 12)
            c.drawString(60, y, head)
            y -= 17
            c.setFont("Helvetica", 10)
            for ln in textwrap.wrap(text, 95):
                c.drawString(60, y, ln)
                y -= 13
            y -= 6
        else:
            bold = item.startswith(("Uppdrag", "Bestilling", "Kommissorium", "Terms"))
            c.setFont("Helvetica-Bold" if bold else "Helvetica", 13 if bold else 10)
            c.drawString(60, y, item)
            y -= 20 if bold else 14
    c.save()


def main(argv: list[str]) -> int:
    out = Path(argv[1] if len(argv) > 1 else "out")
    out.mkdir(parents=True, exist_ok=True)
    for name, (mandate, title, plan) in PAIRS.items():
        _pdf(out / f"{name}-mandate.pdf", None, mandate)
        _pdf(out / f"{name}-plan.pdf", title, plan)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
