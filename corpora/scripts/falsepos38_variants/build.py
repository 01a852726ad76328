"""Build the session-38 variants (falsepos38): ``python build.py OUTDIR``.

Three causes of a point called covered / a goal called followed up that is not, each in
other hands and languages than the blind documents they were seen in:

m1 nb, Word → LibreOffice: a need "ikke kartlagt ennå" (a study said not done);
m2 sv, reportlab: an indirect question put off ("Hur de ska få stöd … utreds i samband med");
m3 en, HTML → Chromium: "has not yet been assessed" beside a sentence restating the subject;
p1 nb, Word → LibreOffice: "… og kunne bo hjemme lenger" (a second predicate under one modal);
p2 sv, reportlab: "…, och naturen får mer skydd" (a second clause repeating the first's subject);
p3 en, HTML → Chromium: "alcohol and drugs" against measures on alcohol only (a kind is no
synonym of its sibling).

Each with controls that must keep their status. Gold in gold.py, written before plancheck was
run on them; scored by score.py."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def _soffice(src: Path, out: Path) -> None:
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out), str(src)],
                   check=True, capture_output=True)


def _chromium(html: str, pdf: Path) -> None:
    src = pdf.with_suffix(".html")
    src.write_text(html, encoding="utf-8")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--print-to-pdf={pdf}",
                    "--no-pdf-header-footer", src.as_uri()], check=True, capture_output=True)


def _docx(path: Path, title: str, parts: list[tuple[str, str]]) -> None:
    import docx

    d = docx.Document()
    d.add_heading(title, level=1)
    for kind, text in parts:
        if kind == "h":
            d.add_heading(text, level=2)
        elif kind == "n":
            d.add_paragraph(text, style="List Number")
        elif kind == "b":
            d.add_paragraph(text, style="List Bullet")
        else:
            d.add_paragraph(text)
    d.save(str(path))
    _soffice(path, path.parent)
    path.unlink()


def _reportlab(pdf: Path, title: str, parts: list[tuple[str, str]]) -> None:
    """Numbers and bullets typed in the text, hanging, as a word processor's export would not."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    ss = getSampleStyleSheet()
    hang = ParagraphStyle("hang", parent=ss["BodyText"], leftIndent=18, firstLineIndent=-14)
    flow = [Paragraph(title, ss["Title"])]
    n = 0
    for kind, text in parts:
        if kind == "n":
            n += 1
            flow.append(Paragraph(f"{n}. {text}", hang))
        elif kind == "b":
            flow.append(Paragraph(f"\u2022 {text}", hang))
        else:
            n = 0
            flow.append(Paragraph(text, ss["Heading2"] if kind == "h" else ss["BodyText"]))
            flow.append(Spacer(1, 4))
    SimpleDocTemplate(str(pdf), pagesize=A4).build(flow)


def _html(pdf: Path, title: str, parts: list[tuple[str, str]]) -> None:
    body = [f"<h1>{title}</h1>"]
    tag = None
    for kind, text in parts:
        want = {"n": "ol", "b": "ul"}.get(kind)
        if tag and want != tag:
            body.append(f"</{tag}>")
            tag = None
        if want and not tag:
            body.append(f"<{want}>")
            tag = want
        body.append(f"<li>{text}</li>" if want else (f"<h2>{text}</h2>" if kind == "h" else f"<p>{text}</p>"))
    if tag:
        body.append(f"</{tag}>")
    _chromium("<html><body style='font-family:sans-serif'>" + "\n".join(body) + "</body></html>", pdf)


DOCS = {
    # ---- m1 nb: a study said not done
    "m1/mandate": ("docx", "Mandat for boligsosial handlingsplan 2050–2053", [
        ("p", "Kommunestyret ber kommunedirektøren utarbeide en boligsosial handlingsplan. Planen skal:"),
        ("n", "Kartlegge behovet for omsorgsboliger for eldre i hele kommunen."),
        ("n", "Beskrive hvordan kommunen bruker startlån fra Husbanken."),
        ("n", "Foreslå tiltak for å forebygge bostedsløshet blant unge."),
    ]),
    "m1/plan": ("docx", "Boligsosial handlingsplan 2050–2053", [
        ("h", "1 Omsorgsboliger"),
        ("p", "Kommunen har i dag 40 omsorgsboliger, de fleste i sentrum. Behovet for omsorgsboliger for eldre er ikke kartlagt ennå; det blir gjort når kommuneplanen rulleres."),
        ("h", "2 Startlån"),
        ("p", "Kommunen låner hvert år 30 millioner kroner i Husbanken og gir startlån til unge i etableringsfasen og til familier med lav inntekt. Søknadene behandles av tildelingskontoret innen tre uker."),
        ("h", "3 Unge uten bolig"),
        ("p", "Tiltak: Kommunen oppretter fem treningsboliger for unge mellom 18 og 25 år, og NAV får en boveileder som følger opp unge som står i fare for å miste boligen."),
    ]),
    # ---- m2 sv: an indirect question put off
    "m2/mandate": ("reportlab", "Uppdrag: Äldreplan 2051–2054", [
        ("p", "Kommunstyrelsen ger förvaltningen i uppdrag att ta fram en äldreplan. Planen ska besvara följande:"),
        ("n", "Hur kan äldre med demens få stöd i sitt eget hem?"),
        ("n", "Redovisa antalet platser i särskilt boende i dag."),
        ("n", "Föreslå åtgärder mot ensamhet bland äldre."),
    ]),
    "m2/plan": ("reportlab", "Äldreplan 2051–2054", [
        ("h", "Demens och boende"),
        ("p", "Allt fler äldre med demens bor kvar hemma och har svårt att klara vardagen. Hur de ska få stöd i sitt eget hem utreds i samband med den nya demensstrategin 2052."),
        ("h", "Särskilt boende"),
        ("p", "Kommunen har i dag 112 platser i särskilt boende fördelade på fyra enheter."),
        ("h", "Ensamhet"),
        ("p", "Åtgärder: Träffpunkter öppnas i alla kommundelar, och hemtjänsten erbjuder promenadvänner till äldre som bor ensamma."),
    ]),
    # ---- m3 en: not yet assessed
    "m3/mandate": ("html", "Terms of reference: Allotments Strategy 2050–2055", [
        ("p", "Cabinet asks officers to prepare an Allotments Strategy. The strategy will:"),
        ("n", "Assess the need for new allotment sites across the borough."),
        ("n", "Set out the current waiting list for allotments."),
        ("n", "Propose how plot rents will be set."),
    ]),
    "m3/plan": ("html", "Allotments Strategy 2050–2055", [
        ("h", "New sites"),
        ("p", "Demand for allotment sites is high in the north of the borough. The need for new allotment sites has not yet been assessed; it will be looked at when the Local Plan is reviewed."),
        ("h", "Waiting list"),
        ("p", "There are 412 people on the waiting list for allotments, and the average wait is three years."),
        ("h", "Rents"),
        ("p", "Plot rents will be set each April by the Cabinet Member, rising with inflation, with a 50 per cent concession for residents on benefits."),
    ]),
    # ---- p1 nb: a second predicate under one modal
    "p1/parent": ("docx", "Kommuneplanens samfunnsdel 2050–2062", [
        ("h", "Mål for helse og omsorg"),
        ("b", "Eldre skal være fysisk aktive og kunne bo hjemme lenger."),
        ("b", "Alle barn skal få plass i barnehage nær der de bor."),
    ]),
    "p1/child": ("docx", "Handlingsdel 2051–2054", [
        ("h", "Helse og omsorg"),
        ("p", "Mål: Flere eldre skal få bo hjemme lenger med god hjelp."),
        ("b", "Hjemmetjenesten får fire nye stillinger i 2052."),
        ("b", "Alle over 80 år får tilbud om hjemmebesøk og trygghetsalarm."),
        ("h", "Oppvekst"),
        ("p", "Mål: Alle barn skal få plass i barnehage i sitt nærmiljø."),
        ("b", "Ny barnehage med 120 plasser på Solbakken i 2053."),
    ]),
    # ---- p2 sv: a second clause repeating the first's subject
    "p2/parent": ("reportlab", "Översiktsplan 2050 – strategisk del", [
        ("h", "Mål"),
        ("b", "Invånarna använder naturen mer, och naturen får ett starkare skydd."),
        ("b", "Alla barn ska ha en trygg skolväg."),
    ]),
    "p2/child": ("reportlab", "Handlingsplan för natur och friluftsliv 2051–2053", [
        ("h", "Friluftsliv"),
        ("p", "Mål: Fler invånare ska använda kommunens naturområden."),
        ("b", "Nya vandringsleder och rastplatser vid Storsjön 2052."),
        ("b", "Guidade naturvandringar varje söndag under sommaren."),
        ("h", "Skolvägar"),
        ("p", "Mål: Alla barn ska kunna gå och cykla tryggt till skolan."),
        ("b", "Nya övergångsställen och belysning vid alla skolor 2052."),
    ]),
    # ---- p3 en: a kind is no synonym of its sibling
    "p3/parent": ("html", "Council Plan 2050–2055", [
        ("h", "Our outcomes"),
        ("b", "Fewer young people use alcohol and drugs."),
        ("b", "Every child starts school ready to learn."),
    ]),
    "p3/child": ("html", "Community Safety Action Plan 2051–2053", [
        ("h", "Young people and alcohol"),
        ("p", "Outcome: Fewer young people drink alcohol in public places."),
        ("b", "Test purchasing of alcohol in off-licences every quarter."),
        ("b", "Parent evenings on alcohol in every secondary school."),
        ("h", "School readiness"),
        ("p", "Outcome: Every child starts school ready to learn."),
        ("b", "Free early-years places for all two-year-olds from low-income families."),
    ]),
}


def main(out: Path) -> None:
    for key, (how, title, parts) in DOCS.items():
        folder, name = key.split("/")
        d = out / folder
        d.mkdir(parents=True, exist_ok=True)
        pdf = d / f"{name}.pdf"
        if how == "docx":
            _docx(d / f"{name}.docx", title, parts)
        elif how == "reportlab":
            _reportlab(pdf, title, parts)
        else:
            _html(pdf, title, parts)
        print(pdf, pdf.exists())


if __name__ == "__main__":
    main(Path(sys.argv[1]))
