"""Build the forty-seventh blind batch of mandate/plan pairs under corpora/mandates-blind47/ and their gold.

Written on 2026-12-06 without reading plancheck's code. Mandates in five forms the earlier
batches did not use: a bokmål SAKSPROTOKOLL in which the kommunestyre SENDS A PLAN BACK
(returvedtak: the innstilling to adopt the plan fell; an alternative proposal printed in the
'Behandling' orders the revision in points a)–g); a tilleggsforslag adopted in the 'Votering'
adds point h), another falls; the 'Vedtak' only refers to them) (Word → PDF); a nynorsk
SAMARBEIDSPLATTFORM of three parties after the local election (odfpy → LibreOffice), whose
'Vi vil:' bullets are mostly policy and only the bullets that ask something of the new
næringsplan are points, one of them in another chapter; a Swedish TILLÄGGSDIREKTIV (case
system print, reportlab) that reprints the original uppdrag 1–5 and then changes it (point 1
reworded, point 4 struck, two new items, a new timetable); a Danish PROJEKTPLAN printed from a
project portal whose points are the rows and milestones of a GANTT CHART (HTML → Chromium,
landscape, one page); and English
STATUTORY DIRECTIONS under the Local Government Act 1999 whose Annex lists what an improvement
plan must include in sub-points (a)–(g) that continue over a page break, the FOOTNOTES of page
1 and the running header standing between (d) and (e) (odfpy → LibreOffice, real ODF footnotes).
Plans answer as real ones do: chapters whose headings restate a point in other words, answers
in a table, a single table row or only an appendix, process points in the past tense,
deferrals, points named only in passing, partial answers, a missed deadline.

    python corpora/mandates-blind47/make_pairs.py               # all pairs
    python corpora/mandates-blind47/make_pairs.py --verify      # point texts and gold quotes
    python corpora/mandates-blind47/make_pairs.py --twice       # build twice, compare sha256

Imports the twentieth batch's builder (P, verify, the construction check) and the thirty-third
batch's document writers (docx_pdf, rl_pdf, html_pdf and its small HTML helpers e, paras,
table_html, called with this batch's own fonts, sizes, headers, footers and colours) through
pairkit, and blindkit (freeze_zip, soffice_pdf). One writer is this batch's own: `odt_pdf`
(odfpy → LibreOffice: running header and footer with page fields, headings, bullet lists,
hand-typed hanging paragraphs with a tab, real footnotes, tables with a repeated header row).
Nothing of the earlier batches is edited.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "mandates-blind"))
sys.path.insert(0, str(HERE.parent / "scripts"))

import blindkit as bk  # noqa: E402
import pairkit as pk  # noqa: E402

_b20 = pk.load_module("mandates_blind20_make_pairs", HERE.parent / "mandates-blind20" / "make_pairs.py")
_b33 = pk.load_module("mandates_blind33_make_pairs", HERE.parent / "mandates-blind33" / "make_pairs.py")
P = _b20.P
docx_pdf, rl_pdf, html_pdf = _b33.docx_pdf, _b33.rl_pdf, _b33.html_pdf
e, paras, table_html = _b33.e, _b33.paras, _b33.table_html

PAIRS, pair = pk.pair_registry()

# running header lines of the mandates, left out by the construction check
DROP = {
    "helsestasjon": ("Rønnevik kommune · Saksprotokoll",),
    "naering": ("Samarbeidsplattform 2047–2051 · Sp, Ap og KrF i Kvitevoll",),
    "lis": ("VITSJÖ KOMMUN · Kommunstyrelsens arbetsutskott", "Tilläggsdirektiv · Dnr KS 2048/214"),
    "indeklima": ("Hedebro Kommune · Projektportalen",),
    "improvement": ("Halbury Borough Council – Directions under the Local Government Act 1999",),
}


# --------------------------------------------------------------------------- odfpy writer


def odt_pdf(pdf: Path, blocks: list[tuple], *, title: str, font: str, size: float, lang: str,
            country: str, header: str, footer: str, accent: str, head_fill: str,
            notes: dict[str, str] | None = None, margins_cm: float = 2.3) -> Path:
    """A Writer document written with odfpy and exported by LibreOffice (the .odt is written in
    a temporary folder and not kept): A4 portrait, a running header (right) and a footer
    (centre) in which {n} and {m} are the page number and page count fields. Blocks: title /
    meta / center (bold, centred) / h1 (a real heading) / bold / p / bullets (items, bullet
    character: an ODF list) / typed (marker, text, hang cm, left cm: a hand-typed marker, a tab
    and a hanging indent) / table (head, rows, widths cm; the header row repeats on a new
    page). In p and typed texts '[^k]' is a real footnote whose text is NOTES[k]."""
    from odf.dc import Title
    from odf.opendocument import OpenDocumentText
    from odf.style import (
        Footer,
        Header,
        ListLevelLabelAlignment,
        ListLevelProperties,
        MasterPage,
        PageLayout,
        PageLayoutProperties,
        ParagraphProperties,
        Style,
        TableCellProperties,
        TableColumnProperties,
        TableProperties,
        TabStop,
        TabStops,
        TextProperties,
    )
    from odf.table import Table, TableCell, TableColumn, TableHeaderRows, TableRow
    from odf.text import (
        H,
        List,
        ListItem,
        ListLevelStyleBullet,
        ListStyle,
        Note,
        NoteBody,
        NoteCitation,
        PageCount,
        PageNumber,
        Tab,
    )
    from odf.text import P as TP

    notes = notes or {}
    doc = OpenDocumentText()
    pl = PageLayout(name="PL1")
    pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", margintop="1.5cm",
                                       marginbottom="1.5cm", marginleft=f"{margins_cm}cm",
                                       marginright=f"{margins_cm}cm", printorientation="portrait"))
    doc.automaticstyles.addElement(pl)

    def pstyle(name: str, sz: float, *, bold: bool = False, italic: bool = False,
               color: str = "#141414", before: str = "0cm", after: str = "0.2cm",
               align: str = "start", auto: bool = False, keep: bool = False,
               left: float = 0.0, indent: float = 0.0, tab: float | None = None) -> Style:
        s = Style(name=name, family="paragraph")
        pp = dict(margintop=before, marginbottom=after, textalign=align, lineheight="120%",
                  marginleft=f"{left}cm", textindent=f"{indent}cm")
        if keep:
            pp["keepwithnext"] = "always"
        props = ParagraphProperties(**pp)
        if tab is not None:
            ts = TabStops()
            ts.addElement(TabStop(position=f"{tab}cm", type="left"))
            props.addElement(ts)
        s.addElement(props)
        kw = dict(fontsize=f"{sz}pt", fontfamily=font, fontname=font, color=color,
                  language=lang, country=country)
        if bold:
            kw["fontweight"] = "bold"
        if italic:
            kw["fontstyle"] = "italic"
        s.addElement(TextProperties(**kw))
        (doc.automaticstyles if auto else doc.styles).addElement(s)
        return s

    st_title = pstyle("Tittel", size + 5, bold=True, color=accent, after="0.15cm")
    st_meta = pstyle("Meta", size - 1, italic=True, color="#4a4a4a", after="0.4cm")
    st_center = pstyle("Midtstilt", size, bold=True, align="center", after="0.25cm")
    st_h1 = pstyle("Overskrift1", size + 2, bold=True, color=accent, before="0.35cm",
                   after="0.15cm", keep=True)
    st_bold = pstyle("Uthevet", size, bold=True, before="0.15cm", after="0.15cm", keep=True)
    st_body = pstyle("Brodtekst", size)
    st_item = pstyle("Listeavsnitt", size, after="0.08cm")
    st_cell = pstyle("Tabellinnhald", size - 1, after="0cm")
    st_chead = pstyle("Tabelloverskrift", size - 1, bold=True, after="0cm")
    st_note = pstyle("Footnote", size - 2.5, after="0.05cm", left=0.45, indent=-0.45)
    st_head = pstyle("Topptekst", size - 2, color="#4a4a4a", align="end", auto=True)
    st_foot = pstyle("Botntekst", size - 2, color="#4a4a4a", align="center", auto=True)

    bullet_styles: dict[str, ListStyle] = {}

    def bullet_style(char: str) -> ListStyle:
        if char not in bullet_styles:
            ls = ListStyle(name=f"Punkt{len(bullet_styles) + 1}")
            lvl = ListLevelStyleBullet(level=1, bulletchar=char)
            lp = ListLevelProperties(listlevelpositionandspacemode="label-alignment")
            lp.addElement(ListLevelLabelAlignment(labelfollowedby="listtab",
                                                  listtabstopposition="0.9cm",
                                                  textindent="-0.5cm", marginleft="0.9cm"))
            lvl.addElement(lp)
            ls.addElement(lvl)
            doc.automaticstyles.addElement(ls)
            bullet_styles[char] = ls
        return bullet_styles[char]

    typed_styles: dict[tuple[float, float], Style] = {}

    def typed_style(hang: float, left: float) -> Style:
        key = (hang, left)
        if key not in typed_styles:
            typed_styles[key] = pstyle(f"Hengande{len(typed_styles) + 1}", size, after="0.12cm",
                                       auto=True, left=left + hang, indent=-hang, tab=0.0)
        return typed_styles[key]

    cell_st = Style(name="Celle", family="table-cell")
    cell_st.addElement(TableCellProperties(border="0.5pt solid #808080", padding="0.08cm"))
    doc.automaticstyles.addElement(cell_st)
    hcell_st = Style(name="Hovudcelle", family="table-cell")
    hcell_st.addElement(TableCellProperties(border="0.5pt solid #808080", padding="0.08cm",
                                            backgroundcolor=head_fill))
    doc.automaticstyles.addElement(hcell_st)

    mp = MasterPage(name="Standard", pagelayoutname=pl)
    h = Header()
    h.addElement(TP(stylename=st_head, text=header))
    mp.addElement(h)
    f = Footer()
    fp = TP(stylename=st_foot)
    rest = footer
    while rest:
        i = rest.find("{")
        if i < 0:
            fp.addText(rest)
            break
        fp.addText(rest[:i])
        j = rest.index("}", i)
        fp.addElement(PageNumber(selectpage="current", text="1") if rest[i + 1:j] == "n"
                      else PageCount(text="1"))
        rest = rest[j + 1:]
    f.addElement(fp)
    mp.addElement(f)
    doc.masterstyles.addElement(mp)
    doc.meta.addElement(Title(text=title))

    def fill(par, text: str) -> None:
        """Add TEXT to paragraph PAR; '[^k]' becomes a footnote (citation k, body NOTES[k])."""
        for part in re.split(r"(\[\^\w+\])", text):
            m = re.fullmatch(r"\[\^(\w+)\]", part)
            if not m:
                if part:
                    par.addText(part)
                continue
            k = m.group(1)
            note = Note(id=f"ftn{k}", noteclass="footnote")
            note.addElement(NoteCitation(text=k))
            body = NoteBody()
            body.addElement(TP(stylename=st_note, text=notes[k]))
            note.addElement(body)
            par.addElement(note)

    ntab = 0
    for b in blocks:
        k = b[0]
        if k in ("title", "meta", "center", "bold", "p"):
            st = {"title": st_title, "meta": st_meta, "center": st_center, "bold": st_bold,
                  "p": st_body}[k]
            par = TP(stylename=st)
            fill(par, b[1])
            doc.text.addElement(par)
        elif k == "h1":
            doc.text.addElement(H(outlinelevel=1, stylename=st_h1, text=b[1]))
        elif k == "bullets":
            lst = List(stylename=bullet_style(b[2] if len(b) > 2 else "•"))
            for item in b[1]:
                li = ListItem()
                par = TP(stylename=st_item)
                fill(par, item)
                li.addElement(par)
                lst.addElement(li)
            doc.text.addElement(lst)
        elif k == "typed":
            marker, text, hang, left = b[1:5]
            par = TP(stylename=typed_style(hang, left))
            par.addText(marker)
            par.addElement(Tab())
            fill(par, text)
            doc.text.addElement(par)
        elif k == "table":
            _, head, rows, widths = b
            ntab += 1
            ts = Style(name=f"Tab{ntab}", family="table")
            ts.addElement(TableProperties(width=f"{sum(widths)}cm", align="left"))
            doc.automaticstyles.addElement(ts)
            t = Table(name=f"Tabell{ntab}", stylename=ts)
            for j, w in enumerate(widths):
                cs = Style(name=f"T{ntab}C{j}", family="table-column")
                cs.addElement(TableColumnProperties(columnwidth=f"{w}cm"))
                doc.automaticstyles.addElement(cs)
                t.addElement(TableColumn(stylename=cs))

            def row(cells, pst, cst):
                tr = TableRow()
                for c in cells:
                    tc = TableCell(valuetype="string", stylename=cst)
                    tc.addElement(TP(stylename=pst, text=c))
                    tr.addElement(tc)
                return tr

            thr = TableHeaderRows()
            thr.addElement(row(head, st_chead, hcell_st))
            t.addElement(thr)
            for r in rows:
                t.addElement(row(r, st_cell, cell_st))
            doc.text.addElement(t)
            doc.text.addElement(TP(stylename=st_item, text=""))
        else:
            raise ValueError(k)
    with tempfile.TemporaryDirectory(prefix="mblind47-odt-") as tmp:
        src = Path(tmp) / (pdf.stem + ".odt")
        doc.save(str(src))
        bk.freeze_zip(src)
        out = bk.soffice_pdf(src, Path(tmp) / "out")
        pdf.write_bytes(out.read_bytes())
    return pdf


# --------------------------------------------------------------------------- layout checks


def pages_text(pdf: Path) -> list[str]:
    """The text of every page, pdftotext in reading order, white space squashed."""
    raw = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True,
                         text=True).stdout
    return [" ".join(p.split()) for p in raw.split("\f")[:-1]]


def expect_on_page(pdf: Path, want: list[tuple[int, str]]) -> None:
    """Stop the build if a layout the gold relies on moved: each (page, text) must be printed
    on that page (and only there)."""
    pages = pages_text(pdf)
    for page, text in want:
        found = [i for i, t in enumerate(pages, 1) if text in t]
        if found != [page]:
            raise SystemExit(f"{pdf.parent.name}/{pdf.name}: {text!r} on pages {found}, "
                             f"expected only {page}")


# =========================================================================== 1 helsestasjon (nb)
@pair
def helsestasjon(d: Path) -> dict:
    lead = ("Kommunestyret sender forslag til plan for helsestasjons- og skolehelsetjenesten "
            "tilbake til kommunedirektøren.")
    s1 = "Planen skal bearbeides og legges fram for kommunestyret på nytt innen 1. desember 2049."
    pts = {
        "a": "beholde helsestasjonen på Sandhamar som eget tilbud minst to dager i uka, i stedet "
             "for å samle all drift i Rønnevik sentrum",
        "b": "vise hvordan skolehelsetjenesten kan nå normen for antall helsesykepleiere per "
             "elev innen 2052, og hva det vil koste",
        "c": "beskrive et lavterskeltilbud for ungdom etter skoletid, i samarbeid med "
             "fritidsklubbene",
        "d": "gjøre rede for hvordan tjenesten fanger opp og følger opp barn i familier med lav "
             "inntekt",
        "e": "ha en tiltaksdel der hvert tiltak har ansvarlig, frist og kostnad",
        "f": "vise hva det betyr for ventetiden på helsestasjonen om jordmorstillingen, som har "
             "stått ledig siden mars 2048, ikke blir besatt",
        "g": "legges fram for ungdomsrådet og brukerutvalget for helse og omsorg før den "
             "behandles på nytt",
    }
    h_text = ("vurdere å tilby chat med helsesykepleier for ungdom på ungdomsskolen og "
              "videregående skole")
    i_text = "utrede om helsestasjonen på Sandhamar kan drives av en privat aktør"
    letters = list(pts)
    m = [
        ("form", [["Utvalg", "Kommunestyret"], ["Møtedato", "18.06.2049"],
                  ["Saksnr.", "KST-041/49"], ["Arkivsak", "48/1022"],
                  ["Saksbehandler", "Marte Sørbø, helse og mestring"]], [3.6, 12.8]),
        ("h1", "Plan for helsestasjons- og skolehelsetjenesten 2050–2054 – sluttbehandling"),
        ("bold", "Kommunedirektørens innstilling:"),
        ("p", "Kommunestyret vedtar Plan for helsestasjons- og skolehelsetjenesten 2050–2054, "
              "datert 12. mai 2049, slik den foreligger etter høringen."),
        ("bold", "Behandling i Kommunestyret 18.06.2049:"),
        ("p", "Kommunalsjef for helse og mestring Sverre Holt orienterte om høringsuttalelsene. "
              "Tolv av de sytten uttalelsene gikk imot å samle helsestasjonen i sentrum, blant "
              "dem Sandhamar velforening og FAU ved Sandhamar skole."),
        ("p", "Gunnar Ravndal (Sp) fremmet på vegne av Sp, H og KrF følgende alternative "
              "forslag:"),
        ("p", lead + " " + s1 + " Den reviderte planen skal:"),
        *[("typed", f"{k})", pts[k] + ("." if k == "g" else ""), 0.8, 0.6) for k in letters],
        ("p", "Ingrid Moe (V) og Terje Nygård (FrP) fremmet hvert sitt tilleggsforslag. "
              "Kommunedirektør Hilde Aasen svarte på spørsmål om kostnadene ved å holde to "
              "helsestasjoner åpne."),
        ("bold", "Votering:"),
        ("p", "Det alternative forslaget fra Sp, H og KrF ble satt opp mot kommunedirektørens "
              "innstilling. Det alternative forslaget ble vedtatt med 19 mot 14 stemmer."),
        ("p", f"Tilleggsforslag fra Venstre ble vedtatt med 27 mot 6 stemmer: nytt punkt h) "
              f"«{h_text}»."),
        ("p", f"Tilleggsforslag fra Fremskrittspartiet falt med 5 mot 28 stemmer: nytt punkt i) "
              f"«{i_text}»."),
        ("bold", "KST-041/49 Vedtak:"),
        ("p", "Som det alternative forslaget fra Sp, H og KrF, punkt a)–g), med "
              "tilleggsforslaget fra Venstre som nytt punkt h)."),
        ("p", "Rett utskrift bekreftes. Rønnevik, 20.06.2049"),
        ("p", "Anne Kvalheim, politisk sekretariat"),
    ]
    docx_pdf(d / "mandate.pdf", m, title="Saksprotokoll KST-041/49", author="Rønnevik kommune",
             font="Liberation Sans", size=10.5, lang="nb-NO",
             header=DROP["helsestasjon"][0], footer="Side {PAGE} av {NUMPAGES}",
             accent="2E4A2A", head_fill="E2EBDD")
    skoler = [
        ["Rønnevik barneskole (1–7)", "412", "0,8", "515"],
        ["Sandhamar skole (1–10)", "236", "0,4", "590"],
        ["Nordre Rønnevik skole (1–7)", "188", "0,3", "627"],
        ["Rønnevik ungdomsskole (8–10)", "351", "0,4", "878"],
    ]
    tiltak = [
        ["1", "Helsestasjonen på Sandhamar åpen tirsdag og torsdag", "Leder helsestasjonen",
         "1.1.2050"],
        ["2", "Ett nytt årsverk helsesykepleier i skolen", "Kommunalsjef helse og mestring",
         "1.8.2050"],
        ["3", "0,4 nytt årsverk helsesykepleier i skolen", "Kommunalsjef helse og mestring",
         "1.8.2052"],
        ["4", "Helsesykepleier på fritidsklubbene én ettermiddag i uka", "Leder helsestasjonen",
         "1.1.2050"],
        ["5", "Chat med helsesykepleier for elever i ungdomsskolen og videregående skole, tre "
         "kvelder i uka", "Leder skolehelsetjenesten", "1.3.2050"],
        ["6", "Felles rutine for overgangen fra helsestasjon til skolehelsetjeneste",
         "Leder helsestasjonen", "31.12.2050"],
    ]
    css = ("@page{size:A4;margin:18mm 20mm 18mm 20mm;@top-left{content:'Rønnevik kommune · "
           "Plan for helsestasjons- og skolehelsetjenesten';font:7.5pt 'Liberation Sans',"
           "sans-serif;color:#2e4a2a}@bottom-center{content:'Side ' counter(page) ' av ' "
           "counter(pages);font:7.5pt 'Liberation Sans',sans-serif}}"
           "body{font-family:'Liberation Sans',sans-serif;font-size:10pt;line-height:1.45;"
           "color:#1b1b1b}h1{font-size:19pt;color:#2e4a2a;margin:0 0 2px}.sub{font-size:9pt;"
           "color:#555;margin:0 0 14px;padding-bottom:6px;border-bottom:1.5px solid #2e4a2a}"
           "h2{font-size:12pt;color:#2e4a2a;margin:14px 0 4px;break-after:avoid}p{margin:0 0 6px}"
           "table{border-collapse:collapse;width:100%;font-size:9pt;margin:4px 0 10px}"
           "th{background:#e2ebdd;text-align:left;padding:3px 5px;-webkit-print-color-adjust:"
           "exact;print-color-adjust:exact}td{border-bottom:1px solid #cfdcc8;padding:3px 5px;"
           "vertical-align:top}thead{display:table-header-group}tr{break-inside:avoid}")
    body = (
        "<h1>Plan for helsestasjons- og skolehelsetjenesten 2050–2054</h1><div class='sub'>"
        "Rønnevik kommune · Revidert forslag etter kommunestyrets vedtak 18. juni 2049 (sak "
        "41/49) · november 2049</div>"
        "<h2>Forord</h2>"
        + paras("Kommunestyret behandlet forslaget til plan i juni 2049 og sendte det tilbake til "
                "kommunedirektøren. Denne versjonen er bearbeidet etter vedtaket. Den største "
                "endringen er at helsestasjonen på Sandhamar blir værende, og at planen har fått "
                "et eget kapittel om ungdom.",
                "Planen gjelder helsestasjonen, skolehelsetjenesten og helsestasjon for ungdom. "
                "Svangerskapsomsorgen er tatt med der den henger sammen med helsestasjonen.")
        + "<h2>1 Tjenesten i dag</h2>"
        + paras("Helsestasjons- og skolehelsetjenesten har 4,6 årsverk helsesykepleier, 0,5 "
                "årsverk lege og 0,8 årsverk fysioterapeut. Jordmorstillingen har stått ledig "
                "siden mars 2048, og gravide følges i mellomtiden opp av fastlegene. I 2048 ble "
                "det født 112 barn i kommunen.",
                "Mange familier i Rønnevik har dårlig råd, og andelen barn som vokser opp i "
                "husholdninger med lav inntekt, er høyere enn ellers i fylket.")
        + "<h2>2 Slik har vi arbeidet med revisjonen</h2>"
        + paras("Arbeidsgruppen har hatt fire møter etter kommunestyrets vedtak. Utkastet ble "
                "lagt fram for ungdomsrådet 2. oktober 2049, og ungdomsrådet ba særlig om at "
                "chatten også skal være åpen om kvelden. Brukerutvalget for helse og omsorg fikk "
                "utkastet tilsendt i oktober, men hadde ikke møte før planen ble ferdigstilt.",
                "Den reviderte planen legges fram for kommunestyret 27. november 2049.")
        + "<h2>3 Helsestasjonen på Sandhamar</h2>"
        + paras("Helsestasjonen på Sandhamar holder åpent tirsdag og torsdag fra kl. 8.30 til "
                "15.30, med helsesykepleier begge dagene og lege annenhver torsdag. Familiene på "
                "Sandhamar får vaksinene og de faste konsultasjonene for barn under to år der. "
                "De andre dagene tar helsestasjonen i sentrum imot alle familier i kommunen.")
        + "<h2>4 Nok helsesykepleiere i skolen</h2>"
        + paras("Tabellen viser hvor mange elever hver helsesykepleier har ansvaret for i dag. "
                "Den nasjonale normen er ett årsverk per 300 elever i barneskolen og ett per 550 "
                "elever i ungdomsskolen.")
        + table_html(["Skole", "Elever", "Årsverk helsesykepleier", "Elever per årsverk"],
                     skoler)
        + paras("For å nå normen innen 2052 trengs 1,4 nye årsverk: ett årsverk fra august 2050 "
                "og 0,4 årsverk fra august 2052. Det vil koste om lag 1,3 millioner kroner i "
                "året når begge stillingene er på plass.")
        + "<h2>5 Et sted å gå etter skoletid</h2>"
        + paras("Fra januar 2050 er en helsesykepleier til stede på fritidsklubbene i sentrum og "
                "på Sandhamar én ettermiddag i uka, uten timebestilling. Ungdom kan komme innom "
                "med alt fra søvnvansker og stress til spørsmål om prevensjon. Klubblederne og "
                "helsesykepleierne legger opp tilbudet sammen hvert halvår.")
        + "<h2>6 Jordmor og ventetid</h2>"
        + paras("Jordmorstillingen lyses ut på nytt høsten 2049. Hva det vil bety for ventetiden "
                "på helsestasjonen om stillingen fortsatt står ledig, vurderer vi når resultatet "
                "av utlysningen er kjent.")
        + "<h2>7 Tiltak 2050–2054</h2>"
        + paras("Tabellen viser tiltakene i planen, hvem som har ansvaret, og når de skal være "
                "gjennomført.")
        + table_html(["Nr.", "Tiltak", "Ansvarlig", "Frist"], tiltak)
    )
    html_pdf(d / "plan.pdf", lang="nb", title="Plan for helsestasjons- og skolehelsetjenesten "
             "2050–2054", css=css, body=body)
    g = [
        P("a", pts["a"], "content", "covered", ev="Helsestasjonen på Sandhamar holder åpent",
          trap="sub-point 'a)' of an ALTERNATIVE PROPOSAL printed in the 'Behandling' of a "
               "SAKSPROTOKOLL in which the kommunestyre SENDS THE PLAN BACK: the innstilling "
               "(adopt the plan) fell, the alternative proposal (return it for revision, points "
               "a)–g)) was adopted, and the 'Vedtak' only refers to it ('Som det alternative "
               "forslaget …, punkt a)–g), med tilleggsforslaget fra Venstre som nytt punkt "
               "h)'). The points are printed once, before the votering. Answered under a "
               "heading naming the place: open two days a week, sentrum the other days"),
        P("b", pts["b"], "content", "covered", ev="For å nå normen innen 2052 trengs",
          trap="the pupils per årsverk only in a table; the path (1,4 årsverk in 2050 and "
               "2052) and the cost (about 1,3 mill. kr a year) in the sentence after it"),
        P("c", pts["c"], "content", "covered", ev="Fra januar 2050 er en helsesykepleier",
          trap="answered under a heading in other words ('Et sted å gå etter skoletid'; "
               "'lavterskeltilbud' never written): drop-in at the fritidsklubber"),
        P("d", pts["d"], "content", "uncovered",
          trap="named in passing only: 'Mange familier i Rønnevik har dårlig råd, og andelen "
               "barn … med lav inntekt, er høyere …' is a fact in 'Tjenesten i dag', not how "
               "the service finds and follows up these children"),
        P("e", pts["e"], "deliverable", "partial", ev="Tabellen viser tiltakene i planen",
          missing=["kostnad for hvert tiltak"],
          trap="the tiltak table Nr. | Tiltak | Ansvarlig | Frist has an owner and a deadline "
               "in every row but no cost column; one cost stands in chapter 4 only"),
        P("f", pts["f"], "content", "uncovered",
          trap="put off: 'Hva det vil bety for ventetiden … vurderer vi når resultatet av "
               "utlysningen er kjent'"),
        P("g", pts["g"], "process", "partial", ev="Arbeidsgruppen har hatt fire møter",
          missing=["behandling i brukerutvalget for helse og omsorg før planen legges fram på "
                   "nytt (utkastet bare tilsendt, utvalget hadde ikke møte)"],
          trap="the last sub-point ('legges fram for …' continues 'Den reviderte planen "
               "skal:'); the ungdomsråd met on 2 October 2049 (past tense); the brukerutvalg "
               "only got the draft by post and had no meeting before the plan was finished"),
        P("h", h_text, "content", "covered", ev="Chat med helsesykepleier for elever",
          trap="the point added by the TILLEGGSFORSLAG adopted in the 'Votering' ('nytt punkt "
               "h) «…»'), text inside «»; answered only by ONE ROW of the tiltak table (chat "
               "three evenings a week from March 2050); the ungdomsråd's wish in chapter 2 "
               "names it in passing. The Frp tilleggsforslag 'nytt punkt i)' FELL and is no "
               "point"),
        P("S1", s1, "process", "covered", ev="Den reviderte planen legges fram",
          trap="the deadline sentence inside the alternative proposal's lead; 27 November 2049, "
               "before 1 December. Not points: the first sentence of the lead (the return "
               "itself: the mandate), the innstilling that fell ('Kommunestyret vedtar Plan "
               "…'), the Frp point i) that fell, the orientation on the høring, the questions "
               "on cost, the 'Vedtak' sentence (a reference) and the 'Rett utskrift' line"),
    ]
    return dict(language="nb", mandate="mandate.pdf", plan="plan.pdf",
                drop=DROP["helsestasjon"],
                producer="a SAKSPROTOKOLL of the kommunestyre exported from Word (Liberation "
                "Sans 10.5, nb-NO, running header 'Rønnevik kommune · Saksprotokoll', 'Side n "
                "av m'): a form table, the kommunedirektør's innstilling to ADOPT the plan (it "
                "fell), the 'Behandling' with an ALTERNATIVE PROPOSAL that SENDS THE PLAN BACK "
                "(a lead with the deadline sentence, then 'Den reviderte planen skal:' and "
                "hand-typed sub-points 'a)' … 'g)' with a tab and a hanging indent), a "
                "'Votering' where a tilleggsforslag adds 'nytt punkt h) «…»' and another "
                "('nytt punkt i)') falls, and a 'Vedtak' that only refers to them; plan a web "
                "page printed with Chromium (Liberation Sans 10, running title, 'Side n av m'), "
                "the revised version after the return: a process chapter in the past tense, "
                "headings in other words, a school table, a deferral, a tiltak table without "
                "costs", points=g)


# =========================================================================== 2 naering (nn)
@pair
def naering(d: Path) -> dict:
    plan_pts = [
        "kartleggje kor mykje ledig næringsareal kommunen har, og kor mykje som trengst fram mot "
        "2060",
        "ha ein strategi for å få fleire unge til å flytte heim att etter utdanning",
        "vurdere korleis havbruksnæringa kan gi fleire arbeidsplassar på land i kommunen",
        "gjere greie for korleis kommunen tek imot nye etablerarar, med éin fast kontaktperson i "
        "kommunen",
        "ha ein handlingsdel med tiltak, ansvar og årstal",
    ]
    kai = "at næringsplanen tek med behovet for ny fiskerikai i Nordhamn"
    s1 = "Næringsplanen skal vere vedteken før sommaren 2048."
    s2 = ("Næringsforeininga og dei største verksemdene i kommunen skal vere med i arbeidet frå "
          "starten av.")
    m = [
        ("title", "Samarbeidsplattform 2047–2051"),
        ("meta", "Kvitevoll Senterparti, Kvitevoll Arbeidarparti og Kvitevoll KrF · semje etter "
                 "kommunevalet 2047 · underskriven 2. oktober 2047"),
        ("h1", "Innleiing"),
        ("p", "Samarbeidspartia har fleirtal i kommunestyret i perioden 2047–2051. Vi vil at "
              "Kvitevoll skal vere ein god stad å vekse opp, arbeide og bli gamal, i heile "
              "kommunen. Plattforma seier kva vi er samde om, og kva vi ber kommunedirektøren om "
              "å arbeide med."),
        ("h1", "1 Økonomi"),
        ("p", "Vi vil:"),
        ("bullets", ["halde eigedomsskatten på dagens nivå ut perioden",
                     "ha eit netto driftsresultat på minst 1,75 prosent av inntektene",
                     "selje kommunale bygg som ikkje lenger er i bruk"]),
        ("h1", "2 Oppvekst"),
        ("p", "Vi vil:"),
        ("bullets", ["byggje ny barnehage i Nordhamn innan 2050",
                     "halde på alle dei fire skulane i kommunen",
                     "gi gratis kjernetid i SFO for 1.–4. trinn"]),
        ("h1", "3 Næring og arbeidsplassar"),
        ("p", "Kvitevoll har mista over 200 arbeidsplassar sidan 2040, og mange unge flyttar ut "
              "etter vidaregåande skule. Næringsplanen frå 2036 er gamal. Kommunen skal difor i "
              "denne perioden lage ein ny strategisk næringsplan."),
        ("p", "Samarbeidspartia vil at næringsplanen skal:"),
        ("bullets", plan_pts),
        ("p", "Vi vil òg:"),
        ("bullets", ["vidareføre næringsfondet med 2 millionar kroner i året",
                     "vere ein kommune som seier ja, og som svarar raskt på byggjesøknader",
                     "arbeide for at Kvitevoll får eige NAV-kontor att"]),
        ("h1", "4 Samferdsel og hamner"),
        ("p", "Vi vil:"),
        ("bullets", ["at fylkesvegen til Nordhamn blir prioritert i handlingsprogrammet til "
                     "fylkeskommunen", kai, "ha ein ny hamneplan innan 2050"]),
        ("h1", "5 Helse og omsorg"),
        ("p", "Vi vil:"),
        ("bullets", ["byggje 24 nye omsorgsbustader i Kvitevoll sentrum",
                     "halde på den interkommunale legevakta i kommunen",
                     "ha fleire heile stillingar i heimetenesta"]),
        ("h1", "6 Korleis vi samarbeider"),
        ("p", "Gruppeleiarane møtest kvar måndag før formannskapsmøta. Ordførar kjem frå Sp og "
              "varaordførar frå Ap. " + s1 + " " + s2),
        ("p", "Plattforma blir evaluert etter to år."),
        ("p", "Kvitevoll, 2. oktober 2047"),
        ("p", "Liv Hammersland (Sp) · Odd Kristian Bø (Ap) · Randi Ness (KrF)"),
    ]
    odt_pdf(d / "mandate.pdf", m, title="Samarbeidsplattform 2047–2051", font="Liberation Serif",
            size=11.5, lang="nn", country="NO", header=DROP["naering"][0],
            footer="Side {n} av {m}", accent="#1D5E3A", head_fill="#DCEBE2")
    areal = [
        ["Nordhamn industriområde", "28", "Byggjeklart, med veg og straum"],
        ["Kvitevoll sentrum aust", "9", "Kontor og handel"],
        ["Brattøy", "25", "Krev ny tilkomstveg"],
    ]
    tiltak = [
        ["1", "Regulere 20 dekar nytt næringsareal på Brattøy", "Plan og utvikling",
         "2049–2050"],
        ["2", "Sommarjobb for studentar frå Kvitevoll", "Personalavdelinga", "Kvar sommar"],
        ["3", "Jobbmesse i romjula saman med næringslivet", "Næringsrådgjevar",
         "Årleg frå 2048"],
        ["4", "Nedbetaling av studielån for nytilsette i yrke med rekrutteringsvanskar",
         "Personalavdelinga", "2049–2052"],
        ["5", "Éi dør inn: fast kontaktperson og felles oppstartsmøte", "Næringsrådgjevar",
         "2048"],
        ["6", "Næringsfondet, 2 mill. kr i året", "Formannskapet", "2048–2052"],
    ]
    p = [
        ("title", "Strategisk næringsplan 2048–2052"),
        ("meta", "Kvitevoll kommune · Framlegg til kommunestyret, mai 2048"),
        ("h1", "1 Kvifor ein ny næringsplan?"),
        ("p", "Kvitevoll har i dag om lag 1 900 arbeidsplassar. Sidan 2040 har kommunen mista "
              "over 200 av dei, mest i industrien og i varehandelen. Havbruk er no den største "
              "private næringa, med 140 tilsette på anlegga ved Vessøy og Brattøy. Den førre "
              "næringsplanen er frå 2036."),
        ("p", "Planen har fire innsatsområde: areal, unge som flyttar heim att, nye etablerarar "
              "og hamnene."),
        ("h1", "2 Slik har vi arbeidd"),
        ("p", "Arbeidsgruppa har hatt med seg leiaren i Kvitevoll næringsforeining frå det "
              "første møtet i november 2047. Dei ti største verksemdene i kommunen vart inviterte "
              "til eit møte om utkastet 16. april 2048, og sju av dei kom."),
        ("p", "Planen blir lagd fram for kommunestyret 11. juni 2048."),
        ("h1", "3 Areal for næring"),
        ("p", "Kommunen har i dag 62 dekar ledig regulert næringsareal. Tabellen syner kvar det "
              "ligg."),
        ("table", ["Område", "Ledig (dekar)", "Merknad"], areal, [6.0, 2.8, 7.6]),
        ("h1", "4 Heim att"),
        ("p", "Mange unge frå Kvitevoll vil gjerne bu her, men veit ikkje at det finst jobbar "
              "som passar for dei. Kommunen skal difor tilby sommarjobb til alle studentar frå "
              "Kvitevoll som søkjer, halde ei jobbmesse i romjula saman med næringslivet og "
              "betale ned inntil 50 000 kroner av studielånet til nytilsette i yrke der "
              "kommunen slit med å rekruttere."),
        ("h1", "5 Éi dør inn for etablerarar"),
        ("p", "Den som vil starte verksemd i Kvitevoll, tek kontakt med næringsrådgjevaren, som "
              "er fast kontaktperson gjennom heile prosessen. Næringsrådgjevaren kallar inn til "
              "eitt felles møte med byggjesak, landbruk og skatt innan to veker. Etablerarar får "
              "òg tilbod om kurs og mentor gjennom etablerartenesta i regionen."),
        ("h1", "6 Hamnene"),
        ("p", "Nordhamn er den viktigaste fiskerihamna i kommunen og har mottak for kvitfisk. "
              "Hamnene blir handsama i den nye hamneplanen, som kommunen startar arbeidet med i "
              "2049."),
        ("h1", "7 Handlingsdel 2048–2052"),
        ("p", "Tabellen viser tiltaka i planen med ansvar og årstal."),
        ("table", ["Nr.", "Tiltak", "Ansvar", "År"], tiltak, [1.2, 8.6, 3.6, 3.0]),
    ]
    docx_pdf(d / "plan.pdf", p, title="Strategisk næringsplan for Kvitevoll 2048–2052",
             author="Kvitevoll kommune", font="DejaVu Sans", size=9.5, lang="nn-NO",
             header="Kvitevoll kommune · Strategisk næringsplan 2048–2052",
             footer="Side {PAGE} av {NUMPAGES}", accent="1D5E3A", head_fill="DCEBE2")
    g = [
        P("1", plan_pts[0], "content", "partial", ev="Kommunen har i dag 62 dekar",
          missing=["kor mykje næringsareal som trengst fram mot 2060"],
          trap="a bullet of 'Samarbeidspartia vil at næringsplanen skal:' in the chapter 'Næring "
               "og arbeidsplassar' of a SAMARBEIDSPLATTFORM of three parties: every chapter has "
               "'Vi vil:' bullets of policy, and only the bullets that ask something of the new "
               "næringsplan are points, numbered 1–6 by place among themselves. The free areas "
               "are listed in a table; the need towards 2060 is never assessed"),
        P("2", plan_pts[1], "content", "covered", ev="Mange unge frå Kvitevoll vil gjerne",
          trap="answered under a heading in other words ('Heim att'): summer jobs, a job fair, "
               "paying down student loans"),
        P("3", plan_pts[2], "content", "uncovered",
          trap="named in passing only: 'Havbruk er no den største private næringa, med 140 "
               "tilsette …' is a fact; jobs on land are never assessed"),
        P("4", plan_pts[3], "content", "covered", ev="Den som vil starte verksemd",
          trap="heading in other words ('Éi dør inn for etablerarar'); the næringsrådgjevar is "
               "the fixed contact"),
        P("5", plan_pts[4], "deliverable", "covered", ev="Tabellen viser tiltaka i planen",
          trap="a table Nr. | Tiltak | Ansvar | År; 'Kvar sommar' and 'Årleg frå 2048' are "
               "years too"),
        P("6", kai, "content", "uncovered",
          trap="the one point OUTSIDE the næring chapter: a 'Vi vil:' bullet under '4 "
               "Samferdsel og hamner', between a bullet on the fylkesveg and one on the "
               "hamneplan (both none). The plan names Nordhamn as the main fishing harbour and "
               "sends the harbours to the coming hamneplan; the kai is never named"),
        P("S1", s1, "process", "covered", ev="Planen blir lagd fram for kommunestyret",
          trap="a sentence in '6 Korleis vi samarbeider'; the plan goes to the kommunestyre on "
               "11 June 2048, before the summer"),
        P("S2", s2, "process", "partial", ev="Arbeidsgruppa har hatt med seg leiaren",
          missing=["dei største verksemdene med frå starten (dei vart berre inviterte til eit "
                   "møte om utkastet i april 2048)"],
          trap="the næringsforeining's leader sat in the working group from the first meeting "
               "(past tense); the largest firms only met once, on the draft. Not points: the "
               "'Vi vil:' bullets of the other chapters and the 'Vi vil òg:' bullets in the "
               "næring chapter (næringsfondet, 'ein kommune som seier ja', NAV-kontor: policy, "
               "no demand on the plan), the sentence ordering the plan ('Kommunen skal difor … "
               "lage ein ny strategisk næringsplan'), the Monday meetings, the two-year "
               "evaluation, the signatures"),
    ]
    return dict(language="nn", mandate="mandate.pdf", plan="plan.pdf", drop=DROP["naering"],
                producer="a SAMARBEIDSPLATTFORM of three parties written with odfpy and exported "
                "by LibreOffice (Liberation Serif 11.5, nn-NO, running header, 'Side n av m'): "
                "six chapters, each with 'Vi vil:' and ODF bullet lists of POLICY; in '3 Næring "
                "og arbeidsplassar' a list 'Samarbeidspartia vil at næringsplanen skal:' (five "
                "points) followed by 'Vi vil òg:' (none), one more point as a bullet under '4 "
                "Samferdsel og hamner', two process sentences in '6 Korleis vi samarbeider'; "
                "plan exported from Word (DejaVu Sans 9.5, nn-NO, running header, 'Side n av "
                "m'), headings in other words, a process chapter in the past tense, an area "
                "table, a deferral, a handlingsdel table", points=g)


# =========================================================================== 3 lis (sv)
@pair
def lis(d: Path) -> dict:
    orig = [
        "peka ut områden för LIS vid Stor-Aln och Tjärnsjön",
        "redovisa hur allmänhetens tillgång till stränderna säkerställs",
        "beskriva hur områdena kan försörjas med vatten och avlopp",
        "redovisa en inventering av fornlämningar längs Stor-Aln",
        "innehålla en bedömning av konsekvenserna för växt- och djurlivet",
    ]
    new1 = "peka ut områden för LIS vid Stor-Aln, Tjärnsjön och Flottvattnet"
    extra = [
        "redovisa hur LIS-områdena vid Tjärnsjön påverkar det nya vattenskyddsområdet",
        "föreslå hur gemensamma bryggor och båtplatser kan ordnas i stället för enskilda bryggor",
    ]
    s1 = "Samrådet ska genomföras under våren 2050 i stället för hösten 2049."
    s2 = "Granskningshandlingen ska redovisas för kommunstyrelsen senast den 30 september 2050."
    m = [
        ("title", "Tilläggsdirektiv"),
        ("meta", "Tematiskt tillägg till översiktsplanen för landsbygdsutveckling i strandnära "
                 "lägen (LIS) · Beslutat av kommunstyrelsens arbetsutskott 2049-10-07, § 112"),
        ("form", [["Uppdragsgivare", "Kommunstyrelsen"],
                  ["Uppdragstagare", "Samhällsbyggnadsförvaltningen"],
                  ["Ursprungligt direktiv", "Kommunstyrelsen 2048-03-09, § 38"],
                  ["Kontaktperson", "Elin Rask, planchef"]], [45, 125]),
        ("h1", "Bakgrund"),
        ("p", "Kommunstyrelsen gav den 9 mars 2048 samhällsbyggnadsförvaltningen i uppdrag att "
              "ta fram ett tematiskt tillägg till översiktsplanen för landsbygdsutveckling i "
              "strandnära lägen (LIS). Enligt det ursprungliga direktivet ska tillägget:"),
        *[("typed", f"{i}. ", t + ("." if i == 5 else ""), 6, 4)
          for i, t in enumerate(orig, 1)],
        ("p", "Sedan det ursprungliga direktivet beslutades har länsstyrelsen fattat beslut om "
              "ett nytt vattenskyddsområde för Tjärnsjön, som är kommunens reservvattentäkt. "
              "Intresset för att bygga vid Flottvattnet har också ökat, och två markägare där "
              "har begärt att få stycka av tomter för fritidshus."),
        ("h1", "Ändringar i uppdraget"),
        ("p", f"Punkt 1 ändras och ska lyda: «{new1}»."),
        ("p", "Punkt 4 utgår. Fornlämningarna inventeras i stället i arbetet med "
              "kulturmiljöprogrammet."),
        ("h1", "Tilläggsuppdrag"),
        ("p", "Tillägget ska även:"),
        ("bullets", extra),
        ("h1", "Tidplan"),
        ("p", s1 + " " + s2 + " Antagande i kommunfullmäktige planeras till december 2050."),
        ("h1", "Övrigt"),
        ("p", "I övrigt gäller det ursprungliga direktivet. Tilläggsuppdraget ryms inom den "
              "budget som har avsatts för arbetet."),
        ("p", "För kommunstyrelsens arbetsutskott: Maria Lindqvist, ordförande"),
    ]
    rl_pdf(d / "mandate.pdf", m, title="Tilläggsdirektiv LIS", author="Vitsjö kommun",
           family="Helvetica", size=10, head_left=DROP["lis"][0], head_right=DROP["lis"][1],
           foot=lambda n, t: f"Sida {n} av {t}", accent="#123E6B", head_fill="#E4EAF2")
    omr = [
        ["Alnudden", "Stor-Aln", "Fritidshus, 12 tomter", "Gemensam anläggning för de 12 husen"],
        ["Norrviken", "Stor-Aln", "Bostäder, 8 tomter", "Gemensam anläggning med markbädd"],
        ["Sågbacken", "Stor-Aln", "Camping och stugby", "Ansluts till kommunalt VA i Alnby"],
        ["Tjärnudden", "Tjärnsjön", "Bostäder, 6 tomter", "Ansluts till kommunalt VA"],
        ["Östra Tjärnsjön", "Tjärnsjön", "Kanotuthyrning och servering",
         "Ansluts till kommunalt VA"],
    ]
    tid = [
        ["Samråd", "14 april–26 maj 2050"],
        ["Granskningshandling till kommunstyrelsen", "november 2050"],
        ["Granskning", "december 2050–januari 2051"],
        ["Antagande i kommunfullmäktige", "april 2051"],
    ]
    p = [
        ("title", "Tematiskt tillägg till översiktsplanen – LIS"),
        ("meta", "Landsbygdsutveckling i strandnära lägen · Vitsjö kommun · Samrådshandling, "
                 "april 2050"),
        ("h1", "Sammanfattning"),
        ("p", "Tillägget pekar ut fem områden vid Stor-Aln och Tjärnsjön där nya bostäder, "
              "fritidshus och turistverksamhet kan prövas trots strandskyddet. Syftet är att "
              "fler ska kunna bo och driva företag på landsbygden i Vitsjö."),
        ("h1", "1 Inledning"),
        ("p", "Kommunstyrelsen gav i mars 2048 samhällsbyggnadsförvaltningen i uppdrag att ta "
              "fram ett tematiskt tillägg till översiktsplanen för LIS. Det här förslaget är en "
              "samrådshandling."),
        ("p", "Samrådet pågår från den 14 april till den 26 maj 2050. Synpunkter lämnas "
              "skriftligt till samhällsbyggnadsförvaltningen."),
        ("h1", "2 Fem LIS-områden"),
        ("p", "Fem områden föreslås som LIS-områden, tre vid Stor-Aln och två vid Tjärnsjön. "
              "Tabellen visar var de ligger, vad de kan användas till och hur de kan försörjas "
              "med vatten och avlopp."),
        ("table", ["Område", "Sjö", "Användning", "Vatten och avlopp"], omr,
         [3.4, 2.4, 4.4, 6.0]),
        ("p", "Där kommunalt VA inte kan byggas ut ska husen ha gemensamma anläggningar med hög "
              "skyddsnivå."),
        ("h1", "3 Stränderna ska vara till för alla"),
        ("p", "I varje LIS-område lämnas en fri passage på minst 30 meter närmast stranden. "
              "Befintliga stigar och badplatser ligger kvar, och nya tomter får inte stängas in "
              "med staket mot vattnet. Gemensamma bryggor är att föredra framför enskilda."),
        ("h1", "4 Tjärnsjön och vattenskyddet"),
        ("p", "Tjärnsjön är kommunens reservvattentäkt och omfattas sedan 2049 av ett "
              "vattenskyddsområde. Hur LIS-områdena vid sjön förhåller sig till "
              "skyddsföreskrifterna prövas i detaljplaneskedet."),
        ("h1", "5 Fornlämningar"),
        ("p", "Kända fornlämningar längs Stor-Aln finns i Riksantikvarieämbetets register. En "
              "fördjupad inventering görs i arbetet med kulturmiljöprogrammet."),
        ("h1", "6 Växter och djur"),
        ("p", "Konsekvenserna för växt- och djurlivet beskrivs i bilaga 1."),
        ("h1", "7 Tidplan"),
        ("p", "Tidplanen nedan gäller efter samrådet."),
        ("table", ["Skede", "Tid"], tid, [9.0, 7.2]),
        ("h1", "Bilaga 1 Konsekvenser för växt- och djurlivet"),
        ("p", "Inventeringen gjordes sommaren 2049 av en ekolog på uppdrag av kommunen. Vid "
              "Alnudden och Norrviken finns lekplatser för gädda och abborre i de grunda "
              "vikarna, och strandzonen där ska lämnas orörd. Vid Tjärnudden häckar storlom, och "
              "byggnader ska placeras minst 150 meter från boplatsen. I övriga områden bedöms "
              "påverkan på växt- och djurlivet bli liten."),
    ]
    odt_pdf(d / "plan.pdf", p, title="Tematiskt tillägg till översiktsplanen – LIS",
            font="DejaVu Sans", size=10, lang="sv", country="SE",
            header="Vitsjö kommun · Tematiskt tillägg LIS · Samrådshandling",
            footer="{n} ({m})", accent="#123E6B", head_fill="#E4EAF2", margins_cm=2.4)
    g = [
        P("1", new1, "content", "partial", ev="Fem områden föreslås som LIS-områden",
          missing=["LIS-områden vid Flottvattnet"],
          trap="a TILLÄGGSDIREKTIV: it reprints the original uppdrag (items 1–5 after 'Enligt "
               "det ursprungliga direktivet ska tillägget:') and then CHANGES it: 'Punkt 1 "
               "ändras och ska lyda: «…»'. The point keeps its number and takes the NEW wording "
               "(inside «»); the original wording printed above is superseded. The plan "
               "follows the OLD wording: five areas at Stor-Aln and Tjärnsjön, Flottvattnet "
               "never named"),
        P("2", orig[1], "content", "covered", ev="I varje LIS-område lämnas",
          trap="answered under a heading in other words ('Stränderna ska vara till för alla'): "
               "a free passage of 30 m, paths and bathing places kept, no fences"),
        P("3", orig[2], "content", "covered", ev="Tabellen visar var de ligger",
          trap="answered by the column 'Vatten och avlopp' of the area table and the sentence "
               "after it"),
        P("5", orig[4], "content", "covered", ev="Inventeringen gjordes sommaren 2049",
          trap="chapter 6 only points to the appendix ('beskrivs i bilaga 1'); the assessment "
               "stands in 'Bilaga 1'. Point 4 (fornlämningar) 'utgår' and is NO point, though "
               "the plan has a chapter '5 Fornlämningar'"),
        P("T1", extra[0], "content", "uncovered",
          trap="a '–' bullet after 'Tillägget ska även:' under 'Tilläggsuppdrag' (the two new "
               "items are numbered T1–T2 by place). Put off: 'prövas i detaljplaneskedet'"),
        P("T2", extra[1], "content", "uncovered",
          trap="shared words only: 'Gemensamma bryggor är att föredra framför enskilda' is a "
               "preference, no proposal of how bryggor and båtplatser are to be arranged"),
        P("S1", s1, "process", "covered", ev="Samrådet pågår från den 14 april",
          trap="a sentence of 'Tidplan'; the plan is the samrådshandling and its samråd runs "
               "14 April–26 May 2050"),
        P("S2", s2, "process", "uncovered",
          trap="a missed deadline: the plan's own timetable sends the granskningshandling to "
               "the kommunstyrelse in November 2050, after 30 September. Not points: the "
               "original wording of point 1, point 4 (struck), the background on the "
               "vattenskyddsområde and the landowners, 'Antagande i kommunfullmäktige planeras "
               "till december 2050' (after the plan), 'I övrigt gäller det ursprungliga "
               "direktivet' and the budget sentence"),
    ]
    return dict(language="sv", mandate="mandate.pdf", plan="plan.pdf", drop=DROP["lis"],
                producer="a TILLÄGGSDIREKTIV printed from the case system (reportlab, Helvetica "
                "10, running head 'VITSJÖ KOMMUN · Kommunstyrelsens arbetsutskott' / "
                "'Tilläggsdirektiv · Dnr KS 2048/214' over a rule, 'Sida n av m'): a form "
                "table, 'Bakgrund' REPRINTING the original uppdrag as items typed '1. ' … '5. ' "
                "with a hanging indent, 'Ändringar i uppdraget' (point 1 reworded inside «», "
                "point 4 'utgår'), 'Tilläggsuppdrag' with two '–' bullets, 'Tidplan' (two "
                "process sentences and the antagande), 'Övrigt'; plan written with odfpy and "
                "exported by LibreOffice (DejaVu Sans 10, sv-SE, running header, 'n (m)'), the "
                "samrådshandling: an area table, headings in other words, a deferral, a "
                "timetable table, 'Bilaga 1'", points=g)


# =========================================================================== 4 indeklima (da)
@pair
def indeklima(d: Path) -> dict:
    months = ["feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
    # (nr, aktivitet, ansvar, first month, last month) or a milestone (nr, text, ansvar, month, mark)
    rows = [
        ("phase", "Fase 1 · Opstart og kortlægning"),
        ("bar", "1.1", "Opstartsmøde i projektgruppen og kommunikationsplan", "Projektleder",
         "feb", "feb"),
        ("bar", "1.2", "Måle CO2, temperatur og luftfugtighed i alle klasselokaler",
         "Ejendomscenteret", "feb", "apr"),
        ("bar", "1.3", "Gennemgå alder og stand af ventilationsanlæggene på hver skole",
         "Ejendomscenteret", "mar", "maj"),
        ("bar", "1.4", "Spørgeskema om indeklimaet til eleverne i 4.–9. klasse",
         "Skoleafdelingen", "mar", "mar"),
        ("phase", "Fase 2 · Analyse"),
        ("bar", "2.1", "Prioritere skolerne efter behovet for indsats", "Projektgruppen", "jun",
         "aug"),
        ("bar", "2.2", "Beregne et overslag over udgifterne til ventilation og solafskærmning "
         "for hver skole", "Ejendomscenteret", "aug", "sep"),
        ("phase", "Fase 3 · Plan"),
        ("bar", "3.1", "Udarbejde en handleplan med indsatser, ansvar og årstal for 2050–2054",
         "Projektleder", "sep", "nov"),
        ("dots", "3.2", "Statusmøde i styregruppen hver anden måned", "Skolechef",
         ("feb", "apr", "jun", "aug", "okt", "dec")),
        ("phase", "Milepæle"),
        ("mile", "M1", "Dialogmøde med skolebestyrelserne og MED-udvalgene", "Skolechef", "sep",
         "◆ 22.9."),
        ("mile", "M2", "Indeklimaplanen behandles i Børne- og Skoleudvalget", "Skolechef", "dec",
         "◆ 1.12."),
        ("mile", "M3", "Byrådet vedtager indeklimaplanen", "Byrådet", None, "→ jan. 2050"),
    ]
    label = {r[1]: r[2] for r in rows if r[0] != "phase"}

    def gantt_row(r) -> str:
        if r[0] == "phase":
            return (f"<tr class='phase'><td></td><td colspan='{2 + len(months)}'>{e(r[1])}"
                    "</td></tr>")
        head = f"<td class='nr'>{e(r[1])}</td><td class='act'>{e(r[2])}</td><td>{e(r[3])}</td>"
        cells = []
        for i, mo in enumerate(months):
            if r[0] == "bar":
                on = months.index(r[4]) <= i <= months.index(r[5])
                cells.append("<td class='m bar'></td>" if on else "<td class='m'></td>")
            elif r[0] == "dots":
                cells.append("<td class='m dot'>●</td>" if mo in r[4] else "<td class='m'></td>")
            elif r[4] == mo:
                cells.append(f"<td class='m mile'>{e(r[5])}</td>")
            elif r[4] is None and i == len(months) - 1:
                cells.append(f"<td class='m next'>{e(r[5])}</td>")
            else:
                cells.append("<td class='m'></td>")
        return f"<tr>{head}{''.join(cells)}</tr>"

    css = ("@page{size:A4 landscape;margin:13mm 12mm 14mm 12mm;@top-right{content:'"
           + DROP["indeklima"][0] + "';font:7.5pt 'DejaVu Sans',sans-serif;color:#6b4a12}"
           "@bottom-left{content:'Udskrevet fra Projektportalen 12.02.2049 kl. 10.14 af JFRI';"
           "font:7pt 'DejaVu Sans',sans-serif;color:#666}@bottom-right{content:'Side ' "
           "counter(page) ' af ' counter(pages);font:7pt 'DejaVu Sans',sans-serif;color:#666}}"
           "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
           "body{font-family:'DejaVu Sans',sans-serif;font-size:8.6pt;line-height:1.35;"
           "color:#1c1c1c}h1{font-size:15pt;margin:0 0 6px;color:#6b4a12}"
           "h2{font-size:10.5pt;margin:10px 0 3px;color:#6b4a12}p{margin:0 0 5px}"
           ".grid{display:grid;grid-template-columns:34mm 1fr 34mm 1fr;gap:2px 8px;"
           "background:#f5efe3;padding:6px 8px;margin-bottom:6px;font-size:8.2pt}"
           ".grid b{color:#6b4a12}"
           "table.g{border-collapse:collapse;width:100%;font-size:8pt;margin-top:4px}"
           "table.g th{background:#6b4a12;color:#fff;font-weight:bold;padding:3px 4px;"
           "text-align:left}table.g th.m{text-align:center}"
           "table.g td{border-bottom:1px solid #e2d6bf;padding:3px 4px;vertical-align:middle}"
           "table.g td.nr{width:9mm}table.g td.act{width:118mm}"
           "table.g td.m{width:10.5mm;border-left:1px solid #efe6d4;text-align:center;"
           "padding:3px 0}table.g td.bar{background:#c8902e}"
           "table.g td.dot{color:#6b4a12}table.g td.mile{color:#a3261b;font-weight:bold;"
           "white-space:nowrap}table.g td.next{color:#555;white-space:nowrap;font-size:7.2pt}"
           "table.g tr.phase td{background:#efe4cf;font-weight:bold;color:#6b4a12}"
           "thead{display:table-header-group}tr{break-inside:avoid}"
           ".legend{font-size:7.6pt;color:#444;margin-top:5px}"
           ".legend span{display:inline-block;width:14px;height:8px;background:#c8902e;"
           "margin-right:4px}")
    head = ("<thead><tr><th>Nr.</th><th>Aktivitet</th><th>Ansvar</th>"
            + "".join(f"<th class='m'>{mo}</th>" for mo in months) + "</tr></thead>")
    body = (
        "<h1>Projektplan: Indeklimaplan for folkeskolerne 2050–2054</h1>"
        "<div class='grid'><b>Projektejer</b><div>Skolechef Mette Lund</div>"
        "<b>Projektleder</b><div>Bygningskonsulent Jonas Friis, Ejendomscenteret</div>"
        "<b>Styregruppe</b><div>Skolechefen, chefen for Ejendomscenteret og to skoleledere</div>"
        "<b>Version</b><div>1.2 · godkendt af styregruppen 4. februar 2049</div></div>"
        "<h2>Formål</h2>"
        + paras("Børne- og Skoleudvalget besluttede den 13. januar 2049, at der skal udarbejdes "
                "en samlet plan for indeklimaet på kommunens otte folkeskoler. Mange klasser har "
                "for høj CO2 om vinteren og for høje temperaturer i maj og juni, og flere "
                "ventilationsanlæg er nedslidte. Projektet skal levere planen, så investeringerne "
                "kan prioriteres i budgettet for 2051.")
        + "<h2>Afgrænsning</h2>"
        + paras("Planen omfatter ikke daginstitutioner, SFO-bygninger og idrætshaller. Akustik "
                "og belysning indgår ikke i denne omgang.")
        + "<h2>Tidsplan 2049</h2>"
        + "<table class='g'>" + head + "<tbody>" + "".join(gantt_row(r) for r in rows)
        + "</tbody></table>"
        + "<div class='legend'><span></span>aktivitet &nbsp; ● møde &nbsp; ◆ milepæl</div>"
    )
    html_pdf(d / "mandate.pdf", lang="da", title="Projektplan: Indeklimaplan for folkeskolerne",
             css=css, body=body)
    luft = [
        ["Søndermark Skole", "34", "41", "62"],
        ["Ellemose Skole", "28", "37", "48"],
        ["Strandvang Skole", "22", "18", "71"],
        ["Kildebakke Skole", "31", "12", "15"],
        ["Holmegård Skole", "25", "29", "20"],
        ["Kirkely Skole", "18", "9", "11"],
        ["Bakkegård Skole", "30", "22", "58"],
        ["Hedebro Centralskole", "24", "7", "9"],
    ]
    vent = [
        ["Søndermark Skole", "Mekanisk", "2018", "Dårlig"],
        ["Ellemose Skole", "Mekanisk", "2021", "Dårlig"],
        ["Strandvang Skole", "Kun naturlig ventilation", "–", "–"],
        ["Kildebakke Skole", "Mekanisk med varmegenvinding", "2036", "God"],
        ["Holmegård Skole", "Mekanisk", "2022", "Middel"],
        ["Kirkely Skole", "Mekanisk med varmegenvinding", "2040", "God"],
        ["Bakkegård Skole", "Kun naturlig ventilation", "–", "–"],
        ["Hedebro Centralskole", "Mekanisk", "2023", "Middel"],
    ]
    handle = [
        ["1", "Nyt ventilationsanlæg med varmegenvinding", "Søndermark Skole",
         "Ejendomscenteret", "2050"],
        ["2", "Nyt ventilationsanlæg", "Ellemose Skole", "Ejendomscenteret", "2051"],
        ["3", "Udvendig solafskærmning mod syd", "Strandvang Skole", "Ejendomscenteret", "2050"],
        ["4", "CO2-målere med lyssignal i alle klasselokaler", "Alle skoler", "Skoleafdelingen",
         "2050"],
        ["5", "Mekanisk ventilation", "Bakkegård Skole", "Ejendomscenteret", "2052"],
        ["6", "Renovering af ventilationsanlægget", "Holmegård Skole", "Ejendomscenteret",
         "2053"],
        ["7", "Fast rutine for udluftning i frikvartererne", "Alle skoler", "Skolelederne",
         "2050"],
    ]
    p = [
        ("title", "Indeklimaplan for folkeskolerne 2050–2054"),
        ("meta", "Hedebro Kommune · Børne- og Skoleforvaltningen og Ejendomscenteret · "
                 "november 2049"),
        ("h1", "1 Indledning"),
        ("p", "Luften i mange af kommunens klasselokaler er for dårlig, især om vinteren og i "
              "juni. Planen samler målingerne, elevernes egne vurderinger og "
              "ventilationsanlæggenes stand og giver en prioriteret handleplan for de otte "
              "folkeskoler."),
        ("p", "Planen forelægges Børne- og Skoleudvalget på mødet den 1. december 2049."),
        ("h1", "2 Sådan har vi arbejdet"),
        ("p", "Fra februar til april 2049 målte vi CO2 og temperatur hvert tiende minut i alle "
              "212 klasselokaler."),
        ("p", "I marts besvarede 2.140 elever i 4.–9. klasse et spørgeskema om, hvordan de "
              "oplever luften, varmen og lyset i klassen. Halvdelen svarede, at de ofte får "
              "hovedpine eller bliver trætte i timerne."),
        ("p", "Skolebestyrelserne blev inviteret til et dialogmøde den 22. september 2049, og "
              "seks af de otte bestyrelser deltog. Deres vigtigste ønske var, at de skoler, hvor "
              "eleverne klager mest, kommer først."),
        ("h1", "3 Luften i klasserne"),
        ("p", "Tabellen viser for hver skole, hvor stor en del af undervisningstiden "
              "CO2-niveauet var over 1.000 ppm, og hvor mange timer temperaturen var over 26 °C."),
        ("table", ["Skole", "Lokaler", "Over 1.000 ppm (% af tiden)", "Over 26 °C (timer)"],
         luft, [50, 22, 52, 46]),
        ("h1", "4 Ventilationen"),
        ("p", "Fire af de otte skoler har ventilationsanlæg, der er mere end 25 år gamle, og to "
              "skoler har kun naturlig ventilation gennem vinduerne. Alder og stand for hvert "
              "anlæg fremgår af bilag 1."),
        ("h1", "5 Rækkefølgen"),
        ("p", "Ud fra målingerne, elevernes svar og ventilationens stand er skolerne delt i tre "
              "grupper. Først kommer Søndermark, Ellemose og Strandvang Skole, hvor problemerne "
              "er størst. Derefter kommer Bakkegård og Holmegård Skole og til sidst Kildebakke, "
              "Kirkely og Hedebro Centralskole."),
        ("h1", "6 Økonomi"),
        ("p", "Ejendomscenteret udarbejder et overslag over udgifterne for hver skole til "
              "budgetlægningen for 2051."),
        ("h1", "7 Handleplan 2050–2054"),
        ("p", "Handleplanen viser indsatserne skole for skole med ansvar og årstal."),
        ("table", ["Nr.", "Indsats", "Skole", "Ansvar", "År"], handle, [10, 62, 38, 38, 22]),
        ("break",),
        ("h1", "Bilag 1 Ventilationsanlæg på skolerne"),
        ("p", "Oversigten viser, hvilken slags ventilation hver skole har, hvornår anlægget er "
              "sat op, og hvilken stand det er i."),
        ("table", ["Skole", "Ventilation", "Årgang", "Stand"], vent, [50, 60, 25, 35]),
    ]
    rl_pdf(d / "plan.pdf", p, title="Indeklimaplan for folkeskolerne 2050–2054",
           author="Hedebro Kommune", family="LS", size=10, head_left="Hedebro Kommune",
           head_right="Indeklimaplan for folkeskolerne 2050–2054",
           foot=lambda n, t: f"Side {n} af {t}", accent="#6B4A12", head_fill="#EFE4CF")
    g = [
        P("1.2", label["1.2"], "content", "partial", ev="Tabellen viser for hver skole",
          missing=["luftfugtigheden i klasselokalerne"],
          trap="a row of a GANTT CHART in a PROJEKTPLAN printed from a project portal: Nr. | "
               "Aktivitet | Ansvar and eleven month columns with bars; the points are the "
               "Aktivitet cells of the rows that are steps of the plan's content or making, "
               "numbered by their printed Nr. (phase rows, the kick-off 1.1, the status "
               "meetings 3.2 and the byråd's adoption M3 are none). CO2 and temperature per "
               "school only in a table; humidity never reported"),
        P("1.3", label["1.3"], "content", "covered", ev="Oversigten viser, hvilken slags",
          trap="chapter 4 gives the count and points to the appendix ('fremgår af bilag 1'); "
               "age and condition for each school stand in 'Bilag 1' on the last page"),
        P("1.4", label["1.4"], "process", "covered", ev="I marts besvarede 2.140 elever",
          trap="a step of the plan's making answered in the past tense ('I marts besvarede "
               "2.140 elever i 4.–9. klasse et spørgeskema …')"),
        P("2.1", label["2.1"], "content", "covered", ev="Ud fra målingerne, elevernes svar",
          trap="answered under a heading in other words ('Rækkefølgen'): three groups of "
               "schools in order"),
        P("2.2", label["2.2"], "content", "uncovered",
          trap="put off: 'Ejendomscenteret udarbejder et overslag over udgifterne for hver "
               "skole til budgetlægningen for 2051'; no figure anywhere, solafskærmning costed "
               "nowhere"),
        P("3.1", label["3.1"], "deliverable", "covered", ev="Handleplanen viser indsatserne",
          trap="a table Nr. | Indsats | Skole | Ansvar | År, 2050–2053"),
        P("M1", label["M1"], "process", "partial", ev="Skolebestyrelserne blev inviteret",
          missing=["dialog med MED-udvalgene"],
          trap="a MILESTONE row of the chart ('◆ 22.9.' in the September column); the "
               "skolebestyrelser met on 22 September 2049 (past tense), the MED-udvalg are "
               "never named"),
        P("M2", label["M2"], "process", "covered", ev="Planen forelægges Børne- og",
          trap="milestone '◆ 1.12.'; the plan goes to the udvalg on 1 December 2049. Not "
               "points: Formål (the order), Afgrænsning (what the plan does not cover), the "
               "info grid, the phase rows, 1.1 (kick-off), 3.2 (steering-group meetings), M3 "
               "(the byråd's adoption in January 2050, after the plan) and the legend"),
    ]
    return dict(language="da", mandate="mandate.pdf", plan="plan.pdf", drop=DROP["indeklima"],
                producer="a PROJEKTPLAN printed from a project portal with Chromium (A4 "
                "LANDSCAPE, DejaVu Sans 8.6, running title top right, print line and 'Side n af "
                "m' at the foot): an info grid, Formål, Afgrænsning and a GANTT CHART 'Tidsplan "
                "2049' (Nr. | Aktivitet | Ansvar | feb … dec, coloured bars, '●' meetings, '◆' "
                "milestones with dates; phase rows and a legend; one page); plan laid out with reportlab (Liberation Sans 10, running head "
                "with a rule, 'Side n af m'), a process chapter in the past tense, a table per "
                "school, headings in other words, a deferral, a handleplan table and 'Bilag 1' "
                "on its own page", points=g)


# =========================================================================== 5 improvement (en)
@pair
def improvement(d: Path) -> dict:
    lead = ("Within three months of the date of these Directions, to prepare and agree an "
            "Improvement and Recovery Plan to the satisfaction of the Commissioners, with "
            "resources allocated accordingly")
    sub = {
        "a": "an action plan to achieve financial sustainability and to close the budget gaps "
             "identified across the period of the Authority's medium-term financial strategy",
        "b": "a plan to reduce the Authority's borrowing and debt to a sustainable level, "
             "including a timetable for the sale of its commercial investment properties",
        "c": "an action plan to improve governance and decision-making, including the role of "
             "the Audit and Standards Committee",
        "d": "a review of the Authority's wholly owned companies, setting out which are to be "
             "kept, sold or closed",
        "e": "a workforce plan that gives the Authority the capacity and skills to deliver the "
             "plan, including in its finance function",
        "f": "an action plan to improve the condition of the Authority's housing stock",
        "g": "arrangements to report progress against the plan to the Commissioners and to full "
             "Council every three months",
    }
    notes = {
        "1": "Chapter 27 of 1999; section 15 as amended.",
        "2": "Companies of which the Authority is the sole shareholder, including Halbury Homes "
             "Ltd and Halbury Commercial Estates Ltd.",
    }
    end = {"d": "[^2];", "g": "."}
    m = [
        ("center", "LOCAL GOVERNMENT ACT 1999"),
        ("center", "THE HALBURY BOROUGH COUNCIL (BEST VALUE) DIRECTIONS 2049"),
        ("p", "The Secretary of State for Housing, Communities and Local Government (“the "
              "Secretary of State”) makes the following Directions to Halbury Borough Council "
              "(“the Authority”) in exercise of the powers in sections 15(5) and 15(6) of the "
              "Local Government Act 1999[^1] (“the Act”)."),
        ("p", "Whereas:"),
        ("typed", "(1)", "The Secretary of State is satisfied, having considered the report of "
                         "the Authority's external auditor of 14 January 2049, the report of "
                         "the best value inspection carried out between February and May 2048 "
                         "and the Authority's representations, that the Authority is failing to "
                         "comply with its duty under Part 1 of the Act.", 1.0, 0.0),
        ("typed", "(2)", "The Secretary of State considers it necessary and expedient, in order "
                         "to secure the Authority's compliance with that duty, to exercise the "
                         "powers in sections 15(5) and 15(6) of the Act, and has appointed "
                         "three Commissioners to act with the Authority.", 1.0, 0.0),
        ("typed", "(3)", "The Authority was consulted on these Directions and its response of "
                         "6 March 2049 has been taken into account.", 1.0, 0.0),
        ("bold", "Directions"),
        ("typed", "1.", "These Directions come into force on 19 March 2049 and expire on 31 "
                        "March 2052, unless the Secretary of State amends or revokes them "
                        "earlier.", 1.0, 0.0),
        ("typed", "2.", "The Authority shall take the actions set out in the Annex to these "
                        "Directions.", 1.0, 0.0),
        ("typed", "3.", "The Authority shall give the Commissioners such access to its "
                        "premises, documents and staff as they reasonably require, and shall "
                        "pay their reasonable expenses.", 1.0, 0.0),
        ("p", "Signed by authority of the Secretary of State. R. Okafor, Deputy Director, Local "
              "Government Stewardship, 19 March 2049"),
        ("bold", "Annex – Actions to be taken by the Authority"),
        ("typed", "1.", lead + ", which should include as a minimum:", 1.0, 0.0),
        *[("typed", f"({k})", t + end.get(k, ";"), 1.0, 1.0) for k, t in sub.items()],
        ("typed", "2.", "To undertake, in the exercise of any of its functions, any action that "
                        "the Commissioners may reasonably require to avoid a further failure to "
                        "comply with the best value duty.", 1.0, 0.0),
        ("typed", "3.", "Within six months of the date of these Directions, to carry out a "
                        "review of the Authority's overview and scrutiny function and to report "
                        "the findings to full Council.", 1.0, 0.0),
        ("typed", "4.", "To cooperate with the Commissioners and to provide them with such "
                        "information as they may reasonably require.", 1.0, 0.0),
    ]
    odt_pdf(d / "mandate.pdf", m, title="The Halbury Borough Council (Best Value) Directions 2049",
            font="Liberation Serif", size=12, lang="en", country="GB",
            header=DROP["improvement"][0], footer="Page {n} of {m}", accent="#222222",
            head_fill="#E6E6E6", notes=notes, margins_cm=2.6)
    expect_on_page(d / "mandate.pdf", [(1, "kept, sold or closed"), (1, "Companies of which the"),
                                       (1, "Commercial Estates Ltd."),
                                       (2, "a workforce plan that gives")])
    gap = [
        ["2049/50", "14.2", "9.8", "4.4", "0.0"],
        ["2050/51", "27.5", "19.1", "8.4", "0.0"],
        ["2051/52", "38.6", "26.0", "12.6", "0.0"],
    ]
    actions = [
        ["A1", "Savings programme for 2049/50 agreed", "Director of Finance", "July 2049"],
        ["A2", "Independent valuation of the commercial property portfolio",
         "Director of Property", "November 2049"],
        ["A3", "Independent chair and members of the Audit and Standards Committee appointed",
         "Monitoring Officer", "September 2049"],
        ["A4", "New constitution adopted", "Monitoring Officer", "March 2050"],
        ["A5", "Halbury Energy Services Ltd closed", "Chief Executive", "March 2050"],
    ]
    companies = [
        ["Halbury Homes Ltd", "Builds homes for market rent", "Keep, with a new board", "2049"],
        ["Halbury Commercial Estates Ltd", "Holds the commercial property",
         "Wind up after the sales", "2052"],
        ["Halbury Energy Services Ltd", "Runs the solar farm at Marsh Lane",
         "Close; sell the solar farm", "2050"],
    ]
    p = [
        ("title", "Improvement and Recovery Plan 2049–2052"),
        ("meta", "Halbury Borough Council · Version 1.0 · June 2049"),
        ("h1", "Foreword"),
        ("p", "In March 2049 the Secretary of State issued Directions to the Council under the "
              "Local Government Act 1999 and appointed three Commissioners. This plan sets out "
              "how the Council will put its finances and its governance right."),
        ("p", "It was agreed with the Commissioners on 11 June 2049, within the three months "
              "the Directions allow, and approved by full Council on 24 June 2049, which set "
              "aside £2.4 million in the 2049/50 budget to deliver it."),
        ("h1", "1 Where we are"),
        ("p", "At 31 March 2049 the Council's borrowing stood at £1.42 billion, more than twenty "
              "times its core spending power. Most of it was taken out between 2038 and 2044 to "
              "buy commercial property. The Council also owns 5,800 council homes and three "
              "companies."),
        ("h1", "2 Closing the budget gap"),
        ("p", "The medium-term financial strategy shows a gap of £38.6 million by 2051/52. "
              "Table 1 shows how the gap will be closed in each year of the strategy."),
        ("table", ["Year", "Gap (£m)", "Savings (£m)", "New income (£m)", "Remaining gap (£m)"],
         gap, [2.6, 2.8, 3.0, 3.4, 3.8]),
        ("h1", "3 Bringing debt down"),
        ("p", "We will reduce borrowing to below £600 million by March 2052, mainly by selling "
              "the commercial property portfolio and using the receipts to repay loans. The "
              "order and timing of the sales will be set once the independent valuation of the "
              "portfolio is complete in the autumn of 2049."),
        ("h1", "4 How decisions are made"),
        ("p", "From September 2049 the Audit and Standards Committee will have an independent "
              "chair and two independent members, and it will review every decision to borrow "
              "or invest more than £5 million before it goes to Cabinet. Every Cabinet report "
              "will carry comments from the Section 151 Officer and the Monitoring Officer, and "
              "the Council's constitution will be rewritten by March 2050."),
        ("p", "The review of the Council's overview and scrutiny function, which the Directions "
              "also require, will report to full Council in September 2049."),
        ("h1", "5 Our companies"),
        ("p", "We have reviewed the three companies the Council owns. The outcome for each "
              "company is set out in Appendix B."),
        ("h1", "6 Our people"),
        ("p", "Delivering this plan will put heavy demands on the Council's staff. A workforce "
              "plan will be brought to the Commissioners in the autumn of 2049."),
        ("h1", "7 Reporting on progress"),
        ("p", "The Improvement Board, chaired by the lead Commissioner, will receive a progress "
              "report on every action in this plan each month. Full Council will receive an "
              "annual report on the plan, the first in June 2050."),
        ("break",),
        ("h1", "Appendix A Improvement actions"),
        ("p", "The actions below are the ones the Commissioners will follow month by month."),
        ("table", ["Ref", "Action", "Lead", "By"], actions, [1.3, 8.0, 4.0, 3.1]),
        ("h1", "Appendix B Council companies"),
        ("p", "The table shows what will happen to each of the companies the Council owns."),
        ("table", ["Company", "What it does", "Decision", "When"], companies,
         [4.6, 5.0, 4.8, 2.0]),
    ]
    docx_pdf(d / "plan.pdf", p, title="Improvement and Recovery Plan 2049–2052",
             author="Halbury Borough Council", font="Liberation Sans", size=10.5, lang="en-GB",
             header="Halbury Borough Council · Improvement and Recovery Plan",
             footer="Page {PAGE} of {NUMPAGES}", accent="5B2150", head_fill="EADDE8")
    g = [
        P("1", lead, "process", "covered", ev="It was agreed with the Commissioners",
          trap="the LEAD of Annex action 1 of STATUTORY DIRECTIONS under the Local Government "
               "Act 1999: it orders the plan (the mandate) and sets two process demands — "
               "within three months, agreed to the Commissioners' satisfaction — so it is a "
               "point (text without ', which should include as a minimum:'). Directions dated "
               "19 March 2049; the plan was agreed on 11 June 2049 (past tense), and full Council "
               "set aside £2.4 million to deliver it (the resources)"),
        P("a", sub["a"], "content", "covered", ev="The medium-term financial strategy shows",
          trap="a sub-point '(a)' of the lead, numbered by its letter; the gap and how it is "
               "closed year by year, the figures only in Table 1"),
        P("b", sub["b"], "content", "partial", ev="We will reduce borrowing to below",
          missing=["a timetable for the sale of the commercial investment properties"],
          trap="the debt target is set; the order and timing of the sales are put off until "
               "the valuation is complete"),
        P("c", sub["c"], "content", "covered", ev="From September 2049 the Audit",
          trap="answered under a heading in other words ('How decisions are made'). The "
               "scrutiny review in the next paragraph answers Annex action 3, which is no point "
               "(another action, not the plan)"),
        P("d", sub["d"], "content", "covered", ev="The table shows what will happen",
          trap="the last sub-point on page 1, its footnote marker '2' at its end; the FOOTNOTES "
               "of page 1 (the Act; the companies named), the footer and the running header "
               "stand between (d) and (e). Chapter 5 only points to the appendix; the keep / "
               "sell / close decisions stand in 'Appendix B' on the last page. A footnote is "
               "part of its point, no point of its own"),
        P("e", sub["e"], "deliverable", "uncovered",
          trap="the first sub-point on page 2, after the footnotes and the running header. Put "
               "off: 'A workforce plan will be brought to the Commissioners in the autumn of "
               "2049'"),
        P("f", sub["f"], "content", "uncovered",
          trap="named in passing only: 'The Council also owns 5,800 council homes' in 'Where we "
               "are'; their condition is never treated"),
        P("g", sub["g"], "process", "partial", ev="The Improvement Board, chaired by",
          missing=["reports to full Council every three months (full Council gets only an "
                   "annual report)"],
          trap="monthly reports to the Commissioners' board; full Council only yearly. Not "
               "points: the preamble ('Whereas:' (1)–(2)), Directions 1–3 (force and expiry, "
               "the order to act on the Annex, access and expenses), the signature, Annex "
               "actions 2–4 (any action the Commissioners require, the scrutiny review, "
               "cooperation) and the two footnotes"),
    ]
    return dict(language="en", mandate="mandate.pdf", plan="plan.pdf", drop=DROP["improvement"],
                producer="STATUTORY DIRECTIONS written with odfpy and exported by LibreOffice "
                "(Liberation Serif 12, en-GB, running header, 'Page n of m'): two centred "
                "title lines, an enacting paragraph with a real FOOTNOTE, 'Whereas:' (1)–(2), "
                "'Directions' 1.–3., a signature line, 'Annex – Actions to be taken by the "
                "Authority' with action 1 (a lead ending 'which should include as a minimum:' "
                "and hand-typed sub-points (a)–(g) with a tab and a hanging indent) running over "
                "the page break after (d), the page's FOOTNOTES and the running header between "
                "(d) and (e), then actions 2–4; plan exported from Word (Liberation Sans 10.5, "
                "en-GB, running header, 'Page n of m'), a foreword holding a process answer, a "
                "budget table, headings in other words, a deferral, two appendices on the last "
                "page", points=g)


# =========================================================================== main


def check_texts(names: list[str]) -> list[str]:
    """--verify, first half: every gold point's text (each part between '; ' and ': ') printed
    in its mandate, running header and footer lines dropped (batch 20's construction check,
    run on the written gold)."""
    bad = []
    for name in names:
        d = HERE / name
        gold = yaml.safe_load((d / "coverage.gold.yaml").read_text(encoding="utf-8"))
        try:
            _b20.check_points_in_mandate(d, gold["mandate"], gold["points"], DROP[name])
        except SystemExit as exc:
            bad.append(str(exc))
        print(f"{name}: {len(gold['points'])} point texts checked", file=sys.stderr)
    return bad


def main(argv: list[str]) -> None:
    """Build this folder's pairs and their gold, --verify them (point texts in the mandate,
    then the gold quotes on their pages), or --twice: build everything twice and compare the
    sha256 of every file (pairkit.mandates_main)."""
    if argv[:1] == ["--verify"]:
        bad = check_texts(argv[1:] or list(PAIRS))
        for b in bad:
            print(b)
        if bad:
            raise SystemExit(f"verify: {len(bad)} point text(s) not printed")
    pk.mandates_main(argv, here=HERE, pairs=PAIRS, b20=_b20, builder=BUILDER)


BUILDER = "corpora/mandates-blind47/make_pairs.py"

if __name__ == "__main__":
    main(sys.argv[1:])
