"""Build the fifty-third blind batch of mandate/plan pairs under corpora/mandates-blind53/ and their gold.

Written on 2026-12-09 without reading plancheck's code. Mandates in five forms the earlier
batches did not use: a bokmål TEAMS CHANNEL THREAD printed from the browser (HTML → Chromium),
whose points stand in a numbered list of the first post, in its prose, in a reply that adds a
point, in a later post that CHANGES point 3, and in a reminder post, among questions, a
declined proposal, a room booking and a file card; a nynorsk INNBYGGJARFORSLAG printed from the
citizens' initiative portal (HTML → Chromium), whose lettered 'Planen bør:' list binds only as
far as the kommunestyre's decision in the 'Svar frå kommunen' box takes it over (a, b, d, f; c
and e rejected), the decision adding three points of its own; a Swedish MBL PROTOCOL
(förhandlingsprotokoll enligt 11 § MBL, python-docx → LibreOffice), whose points are the
employer's numbered proposal as agreed in § 5 and the sentences of the parties' agreement, the
unions' claims in § 4 being none; a Danish FACEBOOK POST of the kommune printed with its
comments (HTML → Chromium), whose points are four check-mark lines, two sentences of the post
and two REPLIES of the page to citizens' comments; and a US CIVIL GRAND JURY REPORT (odfpy →
LibreOffice), whose points are the recommendations addressed to the City and one sentence in
the Discussion, its findings, a recommendation to the Fire District and the request for
responses being none. Plans answer as real ones do: headings that restate a point in other
words, answers in tables, process facts in the past tense, deferrals, refusals, words shared
without an answer, a plan contradicting a point, late and timely adoption.

    python corpora/mandates-blind53/make_pairs.py               # all pairs
    python corpora/mandates-blind53/make_pairs.py --verify      # point texts and gold quotes
    python corpora/mandates-blind53/make_pairs.py --twice       # build twice, compare sha256

Imports the forty-seventh batch's builder through pairkit (its odfpy writer `odt_pdf`, its
layout check `expect_on_page` and its point-text check `check_texts`, pointed at this folder)
and, through it, the twentieth (P, verify, the construction check) and thirty-third batch's
document writers (docx_pdf, rl_pdf, html_pdf and the HTML helpers e, paras, table_html). The
HTML pages' CSS and markup (chat thread, portal page, social media post, city web page) are this
batch's own. Nothing of the earlier batches is edited.
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
    "snodeponi": ("Innlegg · Filer · Notater", "teams.ramsfjell.kommune.no"),
    "badstuer": ("minsak.no › Hellesund kommune › Innbyggjarforslag",),
    "sommarbemanning": ("Tjärnvika kommun · MBL-protokoll",),
    "kunst": ("facebook.com/egsmarkkommune",),
    "hydrants": ("Serrano County Civil Grand Jury 2053–2054",),
}


# =========================================================================== 1 snodeponi (nb)
def _chat_css(accent: str) -> str:
    return (
        "@page{size:A4;margin:12mm 13mm 14mm 13mm;@bottom-left{content:"
        "'teams.ramsfjell.kommune.no';font:7pt 'DejaVu Sans',sans-serif;color:#777}"
        "@bottom-right{content:counter(page) '/' counter(pages);font:7pt 'DejaVu Sans',"
        "sans-serif;color:#777}}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
        "body{font-family:'DejaVu Sans',sans-serif;font-size:8.9pt;line-height:1.42;"
        f"color:#242424}}.bar{{background:{accent};color:#fff;padding:5px 9px;display:flex;"
        "justify-content:space-between;font-size:8.4pt}.bar b{font-size:9.6pt}"
        ".tabs{border-bottom:1px solid #ccc;padding:4px 9px;font-size:8pt;color:#555}"
        ".post{border:1px solid #ddd;border-radius:4px;margin:10px 0 0;background:#fff}"
        ".msg{display:flex;padding:7px 9px}.av{flex:0 0 24px;height:24px;border-radius:12px;"
        "color:#fff;font-size:7.5pt;font-weight:bold;text-align:center;line-height:24px;"
        "margin-right:8px}.who{font-size:8pt;color:#555}.who b{color:#242424;font-size:8.6pt}"
        ".subj{font-weight:bold;font-size:10pt;margin:2px 0 3px}.txt p{margin:0 0 4px}"
        ".txt ol{margin:2px 0 5px;padding-left:18px}.txt li{margin:0 0 2px}"
        ".reply{border-top:1px solid #eee;background:#fafafa;padding-left:30px}"
        ".react{display:inline-block;border:1px solid #ddd;border-radius:9px;padding:0 6px;"
        "font-size:7.4pt;color:#555;margin-top:2px}.ed{font-size:7.4pt;color:#888}"
        ".ment{color:" + accent + ";font-weight:bold}.file{border:1px solid #ccc;"
        "border-radius:3px;padding:4px 7px;font-size:7.8pt;display:inline-block;margin-top:3px}"
        ".sv{font-size:7.8pt;color:" + accent + ";padding:4px 9px 6px 41px;border-top:1px solid"
        " #eee}"
    )


_COLORS = {"TS": "#8a4b2a", "KH": "#2b6f6a", "HS": "#6a3d8a", "AB": "#56702b"}


def _msg(ini: str, name: str, when: str, body: str, *, subj: str = "", react: str = "",
         edited: bool = False, reply: bool = False) -> str:
    who = f"<div class='who'><b>{e(name)}</b> &nbsp;{e(when)}"
    who += " <span class='ed'>Redigert</span></div>" if edited else "</div>"
    s = f"<div class='subj'>{e(subj)}</div>" if subj else ""
    r = f"<div class='react'>{e(react)}</div>" if react else ""
    return (f"<div class='msg{' reply' if reply else ''}'><div class='av' style='background:"
            f"{_COLORS[ini]}'>{ini}</div><div>{who}{s}<div class='txt'>{body}</div>{r}</div>"
            "</div>")


@pair
def snodeponi(d: Path) -> dict:
    pts = [
        "kartlegge dagens snødeponier, med kapasitet og hvem som eier grunnen",
        "vurdere faren for forurensning ved hvert deponi, særlig avrenning til Lakselva og "
        "til drikkevannskilden i Myrtjern",
        "peke ut minst to nye deponiplasser for sentrum",
        "beskrive rutiner for opprydding av søppel og grus på deponiene når snøen har smeltet",
        "anslå kostnadene både for driften og for å opparbeide nye plasser",
    ]
    s1 = "Vi må også få med hvordan naboene skal varsles når vi kjører snø om natta."
    s2 = ("Ta også en vurdering av om det er forsvarlig å dumpe snø i sjøen fra fergekaia, slik "
          "nabokommunen gjør.")
    p3 = ("Vi trenger bare én ny deponiplass for sentrum, men den må ligge utenfor nedbørfeltet "
          "til Myrtjern.")
    s3 = "Utkastet skal legges fram for teknisk utvalg 9. september."
    s4 = ("Før det skal driftsavdelingen og velforeningen på Øvre Moen få se utkastet og komme "
          "med innspill.")
    ts, kh = "Tone Skarholt", "Kristian Hølmo"
    post_a = (
        _msg("TS", ts, "14.03.2054 08:47", paras(
            "Hei alle sammen! Formannskapet vedtok i går (sak 22/54) at vi skal lage en plan for "
            "snødeponiene før neste vinter. Kristian blir prosjektleder, og Hanne og Arild er med "
            "i gruppa. Planen skal:")
            + "<ol>" + "".join(f"<li>{e(t)}</li>" for t in pts) + "</ol>"
            + paras(s1 + " Det har kommet mange klager fra Øvre Moen denne vinteren."),
            subj="Bestilling: plan for snødeponier", react="✔ 4")
        + _msg("KH", kh, "14.03.2054 08:59", paras(
            "Takk! Skal vi ta med de private deponiene til brøyteentreprenørene også?"),
            reply=True)
        + _msg("TS", ts, "14.03.2054 09:04", paras(
            "Nei, bare de kommunale. De private følges opp av Statsforvalteren."), reply=True)
        + _msg("HS", "Hanne Sagvold", "14.03.2054 09:20", paras(
            "Kan vi ta med bruken av veisalt også? Saltet havner jo i deponiene."), reply=True)
        + _msg("TS", ts, "14.03.2054 09:31", paras(
            "Veisaltet tar vi i vinterdriftsplanen neste år, ikke her."), reply=True,
            react="✔ 2")
        + _msg("TS", ts, "14.03.2054 09:33",
               f"<p><span class='ment'>{e(kh)}</span> {e(s2)}</p>", reply=True)
        + _msg("AB", "Arild Bøyum", "14.03.2054 10:02", paras(
            "Jeg har booket Fjellrommet til oppstartsmøte 20. mars kl. 09.00. Legger ved kartet "
            "over deponiene fra i vinter.")
            + "<div class='file'>▤ Snødeponier_kart_2053.pdf · 2,4 MB</div>", reply=True)
        + "<div class='sv'>↩ Svar</div>"
    )
    post_b = (
        _msg("TS", ts, "02.04.2054 13:15", paras(
            "Oppdatering etter møtet med Statsforvalteren i går: Punkt 3 i bestillingen endres. "
            + p3 + " Resten av bestillingen står ved lag."),
            subj="Endring i bestillingen", edited=True, react="✔ 3")
        + _msg("KH", kh, "02.04.2054 13:40", paras("Notert. Jeg oppdaterer prosjektplanen."),
               reply=True)
        + "<div class='sv'>↩ Svar</div>"
    )
    post_c = (
        _msg("TS", ts, "22.05.2054 15:02", paras(
            "Husk fristene før sommeren: " + s3 + " " + s4 + " Kristian sender ut innkalling."),
            subj="Frister")
        + _msg("HS", "Hanne Sagvold", "22.05.2054 15:20", paras(
            "Jeg har ferie i uke 28–31, men kan lese utkastet i august."), reply=True)
        + "<div class='sv'>↩ Svar</div>"
    )
    body = (
        "<div class='bar'><b>Drift og anlegg › Vinterdrift</b><span>Ramsfjell kommune · "
        "Teams</span></div>"
        f"<div class='tabs'>{e(DROP['snodeponi'][0])}</div>"
        f"<div class='post'>{post_a}</div><div class='post'>{post_b}</div>"
        f"<div class='post'>{post_c}</div>"
    )
    html_pdf(d / "mandate.pdf", lang="nb", title="Vinterdrift (Drift og anlegg) | Teams",
             css=_chat_css("#4b53a8"), body=body)

    deponier = [
        ["Idrettsplassen", "Kommunen", "9 000", "7 400", "Sentrum"],
        ["Øvre Moen", "Kommunen", "6 500", "6 900", "Sentrum, Moen"],
        ["Skoglia", "Skoglia sameie (avtale til 2057)", "4 000", "2 100", "Skoglia, Bakken"],
        ["Storøyra", "Kommunen", "3 000", "1 200", "Storøyra"],
        ["Fergekaia (mellomlager)", "Ramsfjell havn KF", "1 500", "1 800", "Sentrum"],
    ]
    risiko = [
        ["Idrettsplassen", "Overvann til Lakselva", "Middels", "Sandfang ved utløpet"],
        ["Øvre Moen", "Grunnen, bekk til Lakselva", "Høy", "Søppel i bekken hver vår"],
        ["Skoglia", "Grunnen", "Lav", "–"],
        ["Storøyra", "Sjøen", "Lav", "–"],
        ["Fergekaia", "Sjøen", "Middels", "Grus og søppel går rett i sjøen"],
    ]
    p = [
        ("title", "Plan for snødeponier i Ramsfjell kommune 2054–2058"),
        ("meta", "Teknisk drift · Lagt fram for teknisk utvalg 16. september 2054, sak 31/54"),
        ("h1", "1 Bakgrunn"),
        ("p", "Snøen fra sentrum og boligfeltene kjøres i dag til fem deponier. Etter flere "
              "snørike vintre er deponiene fulle før påske, og det har vært klager på støy, søppel "
              "og grus. Snøen fra sentrum kjøres hovedsakelig om natta, når trafikken er minst. "
              "Formannskapet ba i mars 2054 om en plan for deponiene."),
        ("h1", "2 Slik har vi arbeidet"),
        ("p", "Planen er laget av en prosjektgruppe i teknisk drift med prosjektleder, "
              "miljørådgiver og driftsleder. Utkastet ble gjennomgått med driftsavdelingen på et "
              "møte 26. august 2054, og innspillene derfra er tatt inn i kapittel 6. Naboene på "
              "Øvre Moen fikk i april brev om at kommunen lager en plan for snødeponiene."),
        ("h1", "3 Hvor legger vi snøen i dag?"),
        ("p", "Tabellen viser de fem deponiene, hvem som eier grunnen, hvor mye snø de kan ta "
              "imot, og hvor mye som ble kjørt dit forrige vinter."),
        ("table", ["Deponi", "Grunneier", "Kapasitet (m³)", "Kjørt inn 2053/54 (m³)",
                   "Snø fra"], deponier, [34, 44, 24, 30, 38]),
        ("p", "Øvre Moen og fergekaia fikk mer snø enn de er beregnet for. De private deponiene "
              "til brøyteentreprenørene er ikke med i planen."),
        ("h1", "4 Fare for forurensning"),
        ("p", "Smeltevannet fra deponiene tar med seg grus, søppel, olje og rester av veisalt. "
              "Vi har vurdert avrenningen fra hvert deponi til Lakselva og til sjøen."),
        ("table", ["Deponi", "Avrenning til", "Risiko", "Merknad"], risiko, [34, 48, 22, 66]),
        ("p", "Drikkevannskilden er ikke vurdert i denne planen. Det gjøres i ROS-analysen for "
              "vannforsyningen, som rulleres i 2055."),
        ("h1", "5 Ny plass for sentrumssnøen"),
        ("p", "Vi foreslår å ta i bruk det nedlagte grustaket på Grøtberg som nytt deponi for "
              "sentrum. Grustaket ligger på nordsiden av Ramsåsen og drenerer mot sjøen, utenfor "
              "nedbørfeltet til Myrtjern. Det kan ta imot om lag 12 000 m³. Når Grøtberg er "
              "klart, blir Øvre Moen lagt ned som deponi."),
        ("h1", "6 Opprydding om våren"),
        ("p", "Når snøen har smeltet, rydder driftsavdelingen alle deponiene for søppel, grus og "
              "gjenglemte skilt innen 1. juni. Grusen siktes, og det som kan brukes igjen, lagres "
              "på Storøyra til neste vinter. Søppelet leveres til gjenvinningsstasjonen. "
              "Driftslederen går over deponiene sammen med miljørådgiveren før 15. juni og "
              "fører resultatet i driftsloggen."),
        ("h1", "7 Kostnader"),
        ("p", "Opparbeiding av Grøtberg med ny avkjørsel, gjerde og sandfang er anslått til "
              "1,6 mill. kr og foreslås i investeringsbudsjettet for 2055. Hva driften av "
              "deponiene vil koste med lengre kjøring til Grøtberg, tar vi inn i budsjettet for "
              "2056, når vi har erfaring fra den første vinteren."),
        ("h1", "8 Videre arbeid"),
        ("p", "Fergekaia brukes fortsatt som mellomlager når det snør mye, til Grøtberg er "
              "klart. Planen rulleres etter vinteren 2057/58."),
    ]
    rl_pdf(d / "plan.pdf", p, title="Plan for snødeponier i Ramsfjell kommune 2054–2058",
           author="Ramsfjell kommune", family="LS", size=10,
           head_left="Ramsfjell kommune · Teknisk drift", head_right="Plan for snødeponier",
           foot=lambda n, t: f"Side {n} av {t}", accent="#4B53A8", head_fill="#E3E5F4")
    g = [
        P("1", pts[0], "content", "covered", ev="Tabellen viser de fem deponiene",
          trap="item 1 of an ordered list in the first post of a TEAMS CHANNEL THREAD; answered "
               "under a heading in other words ('Hvor legger vi snøen i dag?') with a table of "
               "deponi, grunneier and kapasitet"),
        P("2", pts[1], "content", "partial", ev="Smeltevannet fra deponiene tar med seg",
          missing=["faren for forurensning av drikkevannskilden i Myrtjern (skjøvet til "
                   "ROS-analysen for vannforsyningen i 2055)"],
          trap="every deponi assessed for Lakselva and the sea in a risk table; the drinking "
               "water source is put off. Myrtjern is named in the plan only under the new site "
               "(point 3)"),
        P("3", p3, "content", "covered", ev="Vi foreslår å ta i bruk det nedlagte",
          trap="the CURRENT wording of point 3: a later post ('Punkt 3 i bestillingen endres') "
               "replaces the list item 'peke ut minst to nye deponiplasser for sentrum', which is "
               "no longer a point; the plan proposes one site, outside the catchment — covered by "
               "the amended wording (by the original two sites it would be partial)"),
        P("4", pts[3], "content", "covered", ev="Når snøen har smeltet, rydder",
          trap="answered under 'Opprydding om våren': who, what and by when"),
        P("5", pts[4], "content", "partial", ev="Opparbeiding av Grøtberg med ny avkjørsel",
          missing=["kostnadene for driften av deponiene (skjøvet til budsjettet for 2056)"],
          trap="the cost of the new site is given; the running cost is put off"),
        P("S1", s1, "content", "uncovered",
          trap="a sentence in the PROSE of the first post after the list; SHARED WORDS: the "
               "plan says the snow is driven at night and that the neighbours on Øvre Moen got a "
               "letter about the planning work, but nothing on how neighbours are warned of "
               "night driving"),
        P("S2", s2, "content", "uncovered",
          trap="a REPLY in the thread that adds a point, addressed to the project leader by an "
               "@-mention; the plan never assesses dumping snow in the sea; 'Fergekaia brukes "
               "fortsatt som mellomlager' shares the place name only"),
        P("S3", s3, "process", "uncovered",
          trap="a reminder post ('Husk fristene …'); the meta line: the draft went to the "
               "utvalg on 16 September 2054, a week after the deadline"),
        P("S4", s4, "process", "partial", ev="Planen er laget av en prosjektgruppe",
          missing=["velforeningen på Øvre Moen (fikk bare brev om planarbeidet i april, ikke "
                   "utkastet)"],
          trap="past tense: the driftsavdeling went through the draft on 26 August. Not points: "
               "the question on private deponier and its answer (an exclusion), the proposal on "
               "veisalt and its refusal, the room booking, the file card, the holiday message, "
               "'Kristian sender ut innkalling'"),
    ]
    return dict(language="nb", mandate="mandate.pdf", plan="plan.pdf", drop=DROP["snodeponi"],
                producer="a TEAMS CHANNEL THREAD printed from the browser with Chromium (DejaVu "
                "Sans 8.9, the channel bar, three posts with replies, avatars, reactions, an "
                "'edited' mark and a file card): the first post's ordered list 1–5 and a prose "
                "sentence S1, a reply adding S2, a later post CHANGING point 3, a reminder post "
                "with S3 and S4, among a question and an exclusion, a declined proposal, a room "
                "booking and a holiday note; plan reportlab (Liberation Sans 10, running head, "
                "'Side n av m'), a deponi table and a risk table, headings in other words, past "
                "tense, two deferrals, shared words, a late handing-in", points=g)



# =========================================================================== 2 badstuer (nn)
@pair
def badstuer(d: Path) -> dict:
    fs = [
        ("a", "finne eigna stader for badstuer ved sjøen i alle dei tre bygdene: Hellesund "
              "sentrum, Brekkeneset og Lauvik"),
        ("b", "greie ut om kommunen sjølv skal eige og drive badstuene, eller om lag og "
              "foreiningar skal drive dei"),
        ("c", "sikre at badstuene er gratis å bruke for alle"),
        ("d", "sjå på korleis badstuene kan kombinerast med badeplassar, toalett og garderobar"),
        ("e", "sørgje for at den første badstua står klar til sommaren 2054"),
        ("f", "rekne ut kva det vil koste å byggje og drive badstuene"),
    ]
    v3 = ("Planen skal òg vise korleis badstuene kan gjerast tilgjengelege for folk med nedsett "
          "funksjonsevne.")
    v4 = ("Badstulaga og rådet for personar med funksjonsnedsetjing skal få uttale seg til "
          "utkastet.")
    v5 = "Planen skal leggjast fram for kommunestyret innan 1. mars 2054."
    vedtak = [
        "Innbyggjarforslaget om badstuer ved sjøen blir teke til følgje. Kommunedirektøren skal "
        "lage ein plan for offentlege badstuer.",
        "Planen skal omfatte punkta a, b, d og f i forslaget. Punkt c og e blir ikkje tekne til "
        "følgje.",
        v3, v4, v5,
    ]
    css = (
        "@page{size:A4;margin:13mm 15mm 15mm 15mm;@bottom-left{content:'https://minsak.no/"
        "forslag/hellesund/badstuer-ved-sjoen';font:7pt 'Liberation Sans',sans-serif;"
        "color:#777}@bottom-right{content:counter(page) ' / ' counter(pages);font:7pt "
        "'Liberation Sans',sans-serif;color:#777}}*{-webkit-print-color-adjust:exact;"
        "print-color-adjust:exact}body{font-family:'Liberation Sans',sans-serif;font-size:"
        "9.7pt;line-height:1.45;color:#1b1b1b}.top{display:flex;justify-content:space-between;"
        "align-items:baseline;border-bottom:2px solid #1d5c4b;padding-bottom:4px}.top b{"
        "font-size:14pt;color:#1d5c4b}.top span{font-size:8pt;color:#444}.crumb{font-size:"
        "7.8pt;color:#555;margin:5px 0}.chip{display:inline-block;background:#1d5c4b;color:"
        "#fff;font-size:7.6pt;padding:1px 7px;border-radius:8px;text-transform:uppercase;"
        "letter-spacing:.5px}h1{font-size:17pt;margin:6px 0 4px}.meta{font-size:8.3pt;"
        "color:#444;margin-bottom:6px}.sig{border:1px solid #cfd9d5;background:#f3f7f5;"
        "padding:5px 9px;font-size:8.5pt;margin:6px 0 8px}.bar{height:6px;background:#d5e3de;"
        "margin-top:3px}.bar i{display:block;height:6px;width:100%;background:#1d5c4b}"
        "h2{font-size:11pt;margin:11px 0 3px;color:#1d5c4b}p{margin:0 0 5px}"
        "ol.l{list-style:none;padding-left:4px;margin:3px 0 6px}ol.l li{margin:0 0 3px}"
        ".svar{border:1px solid #b9c9c3;border-left:5px solid #1d5c4b;background:#f7faf9;"
        "padding:6px 11px;margin:12px 0 6px}.svar h2{margin-top:2px}.svar ol{margin:3px 0 5px;"
        "padding-left:19px}.svar li{margin:0 0 3px}.upd{font-size:8.6pt}.upd b{color:#1d5c4b}"
        ".share{font-size:8pt;color:#555;border-top:1px solid #ddd;margin-top:10px;"
        "padding-top:5px}"
    )
    body = (
        "<div class='top'><b>minsak.no</b><span>Finn forslag · Start eit forslag · Om "
        "innbyggjarforslag · Logg inn</span></div>"
        f"<div class='crumb'>{e(DROP['badstuer'][0])}</div>"
        "<span class='chip'>Handsama</span>"
        "<h1>Lag ein plan for offentlege badstuer ved sjøen</h1>"
        "<div class='meta'>Forslagsstillar: Sigrid Håvik, Badstulaget Dampen · Oppretta 3. "
        "februar 2053 · Sendt til Hellesund kommune 28. mars 2053</div>"
        "<div class='sig'><b>427 underskrifter</b> – 300 trengst for at kommunestyret skal "
        "handsame forslaget<div class='bar'><i></i></div></div>"
        "<h2>Kva går forslaget ut på?</h2>"
        + paras("Badstu ved sjøen har vorte svært populært, og no badar mange heile året. Det "
                "finst likevel ikkje ei einaste offentleg badstu i Hellesund, og dei private "
                "badstuene på hyttefelta er ikkje opne for andre. Vi foreslår at Hellesund "
                "kommune lagar ein plan for offentlege badstuer ved sjøen. Planen bør:")
        + "<ol class='l'>" + "".join(f"<li>{k}) {e(t)}</li>" for k, t in fs) + "</ol>"
        + "<h2>Kvifor er dette viktig?</h2>"
        + paras("Badstu og kaldt bad er bra for helsa og ein fin stad å møtast på tvers av "
                "alder. I nabokommunane har badstuene vorte nye møteplassar, og dei er fullbooka "
                "heile vinteren. Badstulaget Dampen har i dag 180 medlemer og kan gjerne stå for "
                "drifta av ei badstu.")
        + "<div class='svar'><h2>Svar frå kommunen</h2>"
        + paras("Kommunestyret handsama forslaget 18. juni 2053 i sak 41/53 og gjorde dette "
                "vedtaket:")
        + "<ol>" + "".join(f"<li>{e(t)}</li>" for t in vedtak) + "</ol>"
        + paras("Saksframlegget og protokollen finn du på hellesund.kommune.no.")
        + "</div>"
        + "<h2>Oppdateringar</h2><div class='upd'>"
        + paras("2. september 2053 – Kommunedirektøren har sett ned ei arbeidsgruppe med to "
                "medlemer frå Badstulaget Dampen.",
                "18. juni 2053 – Forslaget er handsama av kommunestyret.",
                "28. mars 2053 – Forslaget er sendt til kommunen.")
        + "</div><div class='share'>Del forslaget: Facebook · E-post · Kopier lenkje &nbsp;·&nbsp;"
          " Meld frå om feil</div>"
    )
    html_pdf(d / "mandate.pdf", lang="nn", title="Lag ein plan for offentlege badstuer ved "
             "sjøen – minsak.no", css=css, body=body)

    stader = [
        ["Hellesund sentrum", "Kaibryggja ved Torgkaia", "Flytande badstu, 12 plassar", "2055"],
        ["Brekkeneset", "Brekkeneset småbåthamn, ytste flytebrygga", "Flytande badstu, 8 "
         "plassar", "2056"],
        ["Lauvik", "Ikkje avklart", "–", "–"],
    ]
    kost = [
        ["Badstu i sentrum (12 plassar)", "1 450 000", "85 000"],
        ["Badstu på Brekkeneset (8 plassar)", "980 000", "60 000"],
        ["Sum", "2 430 000", "145 000"],
    ]
    p = [
        ("title", "Plan for offentlege badstuer 2054–2058"),
        ("meta", "Hellesund kommune · Kultur og fritid · Lagt fram for kommunestyret 24. april "
                 "2054, sak 22/54"),
        ("h1", "1 Innleiing"),
        ("p", "Kommunestyret tok i juni 2053 innbyggjarforslaget om badstuer ved sjøen til "
              "følgje. Mange badar heile året, og fleire har bede om badstu ved badeplassane. "
              "Planen viser kvar dei første offentlege badstuene skal liggje, kven som skal "
              "drive dei, og kva dei kostar."),
        ("h1", "2 Slik har vi arbeidd"),
        ("p", "Ei arbeidsgruppe med tre tilsette i kultur og fritid og to medlemer frå "
              "Badstulaget Dampen har laga planen. Utkastet vart sendt til Badstulaget Dampen, "
              "Lauvik sjøbadarlag og rådet for personar med funksjonsnedsetjing 8. januar 2054. "
              "Alle tre sende uttale innan fristen 5. februar, og uttalane er lagde ved saka."),
        ("h1", "3 Kvar skal badstuene liggje?"),
        ("p", "Vi har sett etter stader med djupt vatn, vegtilkomst og parkering, der badstua "
              "ikkje er til sjenanse for naboar."),
        ("table", ["Bygd", "Stad", "Type", "Klar"], stader, [3.2, 6.0, 4.4, 1.6]),
        ("p", "I Lauvik blir staden vald når reguleringsplanen for Lauvikstranda er vedteken, "
              "truleg i 2056."),
        ("h1", "4 Kven skal drive badstuene?"),
        ("p", "Kommunen eig badstuene og har ansvaret for bygg og tryggleik. Drifta – booking, "
              "reinhald og vedhald – blir lyst ut til lag og foreiningar, som får ein "
              "driftsavtale for tre år om gongen og kan ta inntekta frå billettsal. Badstulaget "
              "Dampen har sagt at dei vil søkje om å drive badstua i sentrum."),
        ("h1", "5 Kostnader"),
        ("p", "Tabellen viser kva det kostar å kjøpe inn og setje ut badstuene, og kva kommunen "
              "reknar med å bruke på vedlikehald og forsikring kvart år. Straum og ved blir "
              "betalte av laget som driv badstua."),
        ("table", ["Badstu", "Byggjekostnad (kr)", "Drift per år (kr)"], kost, [7.6, 3.8, 3.8]),
        ("h1", "6 Tilgjenge for alle"),
        ("p", "Badstua i sentrum får rampe frå kaia, brei dør og ein plass for rullestol inne. "
              "På Brekkeneset ligg badstua ytst på ei flytebrygge med trapp, og vi har ikkje "
              "funne ei løysing for rullestolbrukarar der."),
        ("h1", "7 Vidare arbeid"),
        ("p", "Badstua i sentrum blir kjøpt inn i 2055 om kommunestyret løyver pengar i "
              "budsjettet. Prisane for bruk blir fastsette i driftsavtalen."),
    ]
    odt_pdf(d / "plan.pdf", p, title="Plan for offentlege badstuer 2054–2058",
            font="Liberation Sans", size=10, lang="nn", country="NO",
            header="Hellesund kommune · Plan for offentlege badstuer",
            footer="Side {n} av {m}", accent="#1D5C4B", head_fill="#DCEAE5")
    t = dict(fs)
    g = [
        P("a", t["a"], "content", "partial", ev="Vi har sett etter stader med djupt vatn",
          missing=["ein stad i Lauvik (skjøve til reguleringsplanen for Lauvikstranda, truleg "
                   "2056)"],
          trap="item a) of the citizens' 'Planen bør:' list, binding because the kommunestyre's "
               "decision in the 'Svar frå kommunen' box takes a, b, d and f over; a site table for "
               "two of the three bygder"),
        P("b", t["b"], "content", "covered", ev="Kommunen eig badstuene",
          trap="answered under a heading in other words ('Kven skal drive badstuene?'): the "
               "kommune owns, lag and foreiningar run them by agreement"),
        P("d", t["d"], "content", "uncovered",
          trap="SHARED WORDS: 'fleire har bede om badstu ved badeplassane' in the introduction; "
               "both sites are at quays, nothing on badeplassar, toilets or changing rooms"),
        P("f", t["f"], "deliverable", "covered", ev="Tabellen viser kva det kostar",
          trap="a cost table with building and yearly running costs (the kommune's share; "
               "power and wood paid by the lag)"),
        P("3", v3, "content", "partial", ev="Badstua i sentrum får rampe",
          missing=["tilgjenge på Brekkeneset ('vi har ikkje funne ei løysing for "
                   "rullestolbrukarar der')"],
          trap="point 3 of the kommunestyre's decision, a point the citizens did not ask for"),
        P("4", v4, "process", "covered", ev="Ei arbeidsgruppe med tre tilsette",
          trap="past tense: the draft sent to two badstu/bading lag and the råd, all three "
               "answered"),
        P("5", v5, "process", "uncovered",
          trap="the meta line: laid before the kommunestyre on 24 April 2054, after 1 March. Not "
               "points: items c) (free use) and e) (first sauna by summer 2054), rejected in the "
               "decision; decision point 1 (the order itself) and 2 (which items bind); the "
               "background, the signatures, the updates, the share bar"),
    ]
    return dict(language="nn", mandate="mandate.pdf", plan="plan.pdf", drop=DROP["badstuer"],
                producer="an INNBYGGJARFORSLAG printed from the citizens' initiative portal with "
                "Chromium (Liberation Sans 9.7, the portal bar, crumbs, a status chip, the "
                "signature count, the page address and 'n / m' at the foot, one page): the "
                "citizens' 'Planen bør:' list a)–f), of which the kommunestyre's decision in the "
                "'Svar frå kommunen' box takes over a, b, d and f and rejects c and e, and adds "
                "points 3–5 of its own; background, updates and a share bar none; plan odfpy → "
                "LibreOffice (Liberation Sans 10, running header, 'Side n av m'), a site table "
                "and a cost table, headings in other words, past tense, a deferral, a plain "
                "'no solution', shared words, a late handing-in", points=g)



# =========================================================================== 3 sommarbemanning (sv)
@pair
def sommarbemanning(d: Path) -> dict:
    fs = [
        "redovisa bemanningsbehovet per enhet och vecka under perioden 15 juni–16 augusti",
        "beskriva hur semesterönskemål samlas in och när medarbetarna får besked",
        "redovisa hur många sommarvikarier som behöver rekryteras och hur de introduceras",
        "beskriva hur övertid och extra pass fördelas rättvist mellan medarbetarna",
        "ange hur verksamheten säkras om sjukfrånvaron blir hög under sommaren",
    ]
    s1 = "Planen ska också ange att varje sommarvikarie får minst tre dagars introduktion med lön."
    s2 = ("Parterna är även överens om att planen ska redovisa hur sjuksköterskebemanningen "
          "nattetid säkras.")
    s3 = "Planen ska redovisas för parterna i förvaltningens samverkansgrupp senast den 15 mars 2054."
    m = [
        ("title", "PROTOKOLL"),
        ("p", "fört vid förhandling enligt 11 § lagen (1976:580) om medbestämmande i arbetslivet "
              "(MBL)"),
        ("form", [
            ["Datum", "27 november 2053, kl. 13.00–14.30"],
            ["Plats", "Kommunhuset, sammanträdesrum Tjärnen"],
            ["Arbetsgivare", "Tjärnvika kommun, vård- och omsorgsförvaltningen: Katarina "
                             "Wessman, förvaltningschef; Per-Olof Nyrén, HR-strateg"],
            ["Arbetstagar-organisationer", "Kommunal: Lena Åhnström · Vårdförbundet: Amira "
                                           "Sörlin · Vision: Tobias Hedenlund"],
            ["Ärende", "Dnr VO 2053/214"],
        ], [3.6, 12.8]),
        ("h2", "§ 1 Förhandlingens öppnande"),
        ("p", "Arbetsgivaren hälsar välkommen och förklarar förhandlingen öppnad. Till att jämte "
              "ordföranden justera protokollet utses Lena Åhnström, Kommunal."),
        ("h2", "§ 2 Förhandlingsfråga"),
        ("p", "Uppdrag att ta fram en plan för sommarbemanningen 2054 inom vård och omsorg "
              "(primärförhandling)."),
        ("h2", "§ 3 Bakgrund och arbetsgivarens förslag"),
        ("p", "Arbetsgivaren redogör för bakgrunden. Sommaren 2053 fick förvaltningen lägga ut "
              "312 extra pass, och 41 medarbetare fick flytta en del av sin semester. "
              "Förvaltningschefen har därför gett avdelningen för verksamhetsstöd i uppdrag att "
              "ta fram en plan för sommarbemanningen 2054. Arbetsgivaren föreslår att planen "
              "ska:"),
        ("numbered", fs),
        ("h2", "§ 4 Arbetstagarorganisationernas synpunkter"),
        ("p", "Kommunal yrkar att varje sommarvikarie ska få minst tre dagars introduktion med "
              "lön och att ersättningen för flyttad semestervecka höjs till 4 000 kronor. "
              "Vårdförbundet yrkar att planen även ska redovisa hur sjuksköterskebemanningen "
              "nattetid säkras. Vision har inget att erinra mot arbetsgivarens förslag."),
        ("h2", "§ 5 Parternas överenskommelse"),
        ("p", "Parterna är överens om att planen ska innehålla punkterna 1–5 i arbetsgivarens "
              "förslag. " + s1 + " " + s2),
        ("p", "Om ersättningen för flyttad semestervecka är parterna inte överens. Arbetsgivaren "
              "hänvisar till gällande kollektivavtal."),
        ("p", s3),
        ("h2", "§ 6 Övrigt"),
        ("p", "Arbetsgivaren informerar om att annonseringen av sommarjobb startar den 1 december "
              "2053. Nästa möte i samverkansgruppen hålls den 14 december 2053."),
        ("h2", "§ 7 Förhandlingens avslutande"),
        ("p", "Förhandlingen förklaras avslutad i enighet, utom i frågan om ersättning för flyttad "
              "semestervecka, där oenighet råder. Kommunal förbehåller sig rätten att begära "
              "central förhandling."),
        ("p", "Vid protokollet: Per-Olof Nyrén"),
        ("form", [
            ["Justeras", "För arbetsgivaren: Katarina Wessman"],
            ["", "För Kommunal: Lena Åhnström"],
            ["", "För Vårdförbundet: Amira Sörlin"],
            ["", "För Vision: Tobias Hedenlund"],
        ], [3.6, 12.8]),
    ]
    docx_pdf(d / "mandate.pdf", m, title="Protokoll MBL § 11 – plan för sommarbemanning 2054",
             author="Tjärnvika kommun", font="Liberation Serif", size=11, lang="sv-SE",
             header=DROP["sommarbemanning"][0], footer="Sida {PAGE} av {NUMPAGES}",
             accent="1F1F1F", head_fill="EDEDED")

    vik = [
        ["Solvändan (särskilt boende)", "14", "9"],
        ["Tallgården (särskilt boende)", "11", "7"],
        ["Hemtjänst Norr", "12", "8"],
        ["Hemtjänst Söder", "10", "6"],
        ["Hemsjukvården", "3", "1"],
        ["Summa", "50", "31"],
    ]
    p = [
        ("title", "Plan för sommarbemanning 2054"),
        ("meta", "Vård- och omsorgsförvaltningen, avdelningen för verksamhetsstöd · Version 1.0, "
                 "4 mars 2054"),
        ("h1", "1 Syfte"),
        ("p", "Planen ska ge brukarna en trygg vård och omsorg under sommaren och medarbetarna "
              "en sammanhängande ledighet. Den gäller perioden 15 juni–16 augusti 2054."),
        ("h1", "2 Sommaren 2053"),
        ("p", "Förra sommaren blev bemanningen ansträngd redan i början av juli. Många "
              "sommarvikarier sa upp sig efter några veckor, och sjukfrånvaron steg till över "
              "tio procent i slutet av juli. Tabellen visar utfallet per enhet."),
        ("table", ["Enhet", "Extra pass", "Flyttade semestrar", "Sjukfrånvaro juli"], [
            ["Solvändan", "96", "14", "11,2 %"],
            ["Tallgården", "71", "9", "9,8 %"],
            ["Hemtjänst Norr", "68", "8", "10,4 %"],
            ["Hemtjänst Söder", "59", "7", "8,1 %"],
            ["Hemsjukvården", "18", "3", "6,5 %"],
            ["Summa", "312", "41", "9,9 %"],
        ], [55, 35, 40, 40]),
        ("p", "Medarbetarna har i samverkansgruppen och på arbetsplatsträffar pekat på tre "
              "saker: beskeden om semester kom för sent, introduktionen av vikarierna var för "
              "kort, och det var oklart vem som beslutade när personalen inte räckte till."),
        ("h1", "3 Hur många behövs?"),
        ("p", "Bemanningsbehovet bygger på antalet brukare och beviljade timmar i januari 2054. "
              "Tabellen visar hur många sommarvikarier varje enhet behöver och hur många som "
              "redan har tackat ja från förra sommaren."),
        ("table", ["Enhet", "Behov av sommarvikarier", "Varav återkommande"], vik, [70, 45, 45]),
        ("p", "Behovet per vecka tas fram av enhetscheferna i april, när semesterschemat är "
              "klart."),
        ("h1", "4 Semesterönskemål"),
        ("p", "Alla medarbetare lämnar sina önskemål om sommarsemester i bemanningssystemet "
              "senast den 31 januari. Enhetschefen lägger semesterschemat och ger besked senast "
              "den 31 mars. Den som har fått flytta semester två somrar i rad går före."),
        ("h1", "5 Rekrytering och introduktion"),
        ("p", "Annonseringen startade den 1 december 2053. Nya sommarvikarier får två dagars "
              "introduktion med lön tillsammans med en handledare på sin enhet, och en "
              "gemensam utbildningsdag i hygien, förflyttningsteknik och dokumentation i maj."),
        ("h1", "6 Övertid och extra pass"),
        ("p", "Övertid och extra pass ersätts enligt gällande kollektivavtal. Under sommaren "
              "attesterar enhetschefen övertiden varje vecka."),
        ("h1", "7 När många är borta"),
        ("p", "Bemanningsenheten har 14 timvikarier i reserv som kan sättas in där "
              "sjukfrånvaron är hög. Räcker inte det, flyttar enhetscheferna personal mellan "
              "enheterna, och chefen i beredskap beslutar vilka insatser som får vänta. "
              "Larmnivåerna och kontaktvägarna finns i bilaga 1."),
        ("h1", "8 Sjuksköterskor"),
        ("p", "På Solvändan finns en sjuksköterska på plats även nattetid hela sommaren. För "
              "övriga enheter beslutar hälso- och sjukvårdsenheten om nattbemanningen i maj."),
        ("h1", "9 Samverkan"),
        ("p", "Planen redovisades för parterna i förvaltningens samverkansgrupp den 11 mars "
              "2054. Kommunal anmälde att man fortfarande vill ha högre ersättning för flyttad "
              "semestervecka."),
        ("h1", "10 Ansvar och tidplan"),
        ("table", ["Aktivitet", "Ansvarig", "När"], [
            ["Semesterönskemål i bemanningssystemet", "Alla medarbetare", "31 januari 2054"],
            ["Besked om semester", "Enhetschef", "31 mars 2054"],
            ["Behov per vecka och enhet", "Enhetschef", "April 2054"],
            ["Beslut om nattbemanning av sjuksköterskor", "Hälso- och sjukvårdsenheten",
             "Maj 2054"],
            ["Gemensam utbildningsdag för vikarier", "Avdelningen för verksamhetsstöd",
             "Maj 2054"],
            ["Uppföljning i samverkansgruppen", "Förvaltningschef", "September 2054"],
        ], [75, 55, 40]),
        ("h1", "Bilaga 1 Larmnivåer"),
        ("table", ["Nivå", "När", "Vem beslutar", "Vad händer"], [
            ["Grön", "Alla pass bemannade", "Enhetschef", "Ordinarie drift"],
            ["Gul", "Mer än tre obemannade pass per dygn på en enhet", "Enhetschef",
             "Timvikarier ur reserven kallas in"],
            ["Orange", "Reserven räcker inte", "Chef i beredskap",
             "Personal flyttas mellan enheter; övertid beordras"],
            ["Röd", "Brukarnas säkerhet kan inte garanteras", "Förvaltningschef",
             "Insatser prioriteras; kommunens krisledning informeras"],
        ], [18, 50, 32, 70]),
    ]
    rl_pdf(d / "plan.pdf", p, title="Plan för sommarbemanning 2054", author="Tjärnvika kommun",
           family="Helvetica", size=10, head_left="Tjärnvika kommun · Vård och omsorg",
           head_right="Plan för sommarbemanning 2054", foot=lambda n, t: f"Sida {n} av {t}",
           accent="#7A2E1F", head_fill="#F1E2DC")
    g = [
        P("1", fs[0], "content", "partial", ev="Bemanningsbehovet bygger på antalet",
          missing=["behovet per vecka (tas fram av enhetscheferna i april)"],
          trap="item 1 of the employer's Word-numbered proposal in § 3 of an MBL PROTOCOL, "
               "binding because the parties agree to it in § 5; the need per unit for the whole "
               "summer, the week put off"),
        P("2", fs[1], "content", "covered", ev="Alla medarbetare lämnar sina önskemål",
          trap="answered under 'Semesterönskemål': how (the system, by 31 January) and when the "
               "answer comes (31 March)"),
        P("3", fs[2], "content", "covered", ev="Bemanningsbehovet bygger på antalet",
          trap="the number in the table of chapter 2, how they are introduced in chapter 4"),
        P("4", fs[3], "content", "uncovered",
          trap="SHARED WORDS under 'Övertid och extra pass': paid by the collective agreement and "
               "attested weekly; nothing on how they are shared fairly"),
        P("5", fs[4], "content", "covered", ev="Bemanningsenheten har 14 timvikarier",
          trap="answered under a heading in other words ('När många är borta')"),
        P("S1", s1, "content", "uncovered",
          trap="a sentence of the parties' agreement in § 5 (Kommunal's claim in § 4 is none by "
               "itself); the plan CONTRADICTS it: 'två dagars introduktion med lön'"),
        P("S2", s2, "content", "partial", ev="På Solvändan finns en sjuksköterska",
          missing=["sjuksköterskebemanningen nattetid på de andra enheterna (beslutas i maj)"],
          trap="the agreed sentence in § 5 (Vårdförbundet's claim in § 4, in almost the same "
               "words, is none); one unit answered, the rest put off"),
        P("S3", s3, "process", "covered", ev="Planen redovisades för parterna",
          trap="past tense: presented to the samverkansgrupp on 11 March 2054. Not points: "
               "§ 1, § 2 (the order itself), the background, the claims in § 4, the "
               "disagreement on compensation and the reference to the collective agreement, "
               "§ 6 (advertising, next meeting), § 7, the signatures"),
    ]
    return dict(language="sv", mandate="mandate.pdf", plan="plan.pdf",
                drop=DROP["sommarbemanning"],
                producer="an MBL PROTOCOL (förhandlingsprotokoll enligt 11 § MBL) exported from "
                "Word (Liberation Serif 11, sv-SE, running header, 'Sida n av m'): a head form "
                "(datum, plats, parter), §§ 1–7; the employer's Word-numbered proposal 1–5 in "
                "§ 3, the unions' claims in § 4 (none), the parties' agreement in § 5 taking "
                "over 1–5 and adding S1, S2 and the deadline S3, a disagreement, information and "
                "a signature form; plan reportlab (Helvetica 10, running head, 'Sida n av m'), a "
                "table of vikarier, headings in other words, past tense, a deferral, shared "
                "words, a plan contradicting a point", points=g)



# =========================================================================== 4 kunst (da)
def _fb_comment(name: str, text: str, when: str, likes: str = "", page: bool = False) -> str:
    tag = " <span class='aut'>Forfatter</span>" if page else ""
    lk = f"<span class='lk'>♥ {e(likes)}</span>" if likes else ""
    return (f"<div class='c{' r' if page else ''}'><div class='cav'>{e(name[0])}</div><div>"
            f"<div class='bub'><b>{e(name)}</b>{tag}<br>{e(text)}</div><div class='cm'>{e(when)}"
            f" · Synes godt om · Svar {lk}</div></div></div>")


@pair
def kunst(d: Path) -> dict:
    cks = [
        "give et overblik over de 38 værker og deres tilstand",
        "vurdere, hvilke værker der skal restaureres, flyttes eller tages ned",
        "pege på steder, hvor der kan komme ny kunst – også uden for Egsmark by",
        "beskrive, hvordan borgerne får indflydelse, når der skal vælges ny kunst",
    ]
    s1 = "Inden vi skriver planen, holder vi borgermøde i både Egsmark og Vibæk."
    s2 = "Planen skal være vedtaget af byrådet inden sommerferien."
    s3 = ("Ja, planen skal også tage stilling til de lovlige graffitivægge ved stationen og i "
          "skateparken.")
    s4 = "Kunstrådet bliver hørt, før planen går til byrådet."
    css = (
        "@page{size:A4;margin:11mm 14mm 13mm 14mm;@bottom-left{content:"
        "'facebook.com/egsmarkkommune';font:7pt 'DejaVu Sans',sans-serif;color:#888}"
        "@bottom-right{content:counter(page) '/' counter(pages);font:7pt 'DejaVu Sans',"
        "sans-serif;color:#888}}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
        "body{font-family:'DejaVu Sans',sans-serif;font-size:9.2pt;line-height:1.4;color:#1c1e21;"
        "background:#f0f2f5}.fb{background:#1877f2;color:#fff;font-weight:bold;font-size:13pt;"
        "padding:4px 10px}.card{background:#fff;border-radius:7px;margin:9px 0;padding:9px 12px;"
        "border:1px solid #dadde1}.hd{display:flex;align-items:center}.pav{width:34px;height:"
        "34px;border-radius:17px;background:#2f6b3f;color:#fff;font-weight:bold;text-align:"
        "center;line-height:34px;margin-right:8px;font-size:9pt}.hd b{font-size:9.6pt}.hd small"
        "{display:block;color:#65676b;font-size:7.8pt}.txt p{margin:7px 0 0}.ck{margin:2px 0 0 "
        "2px}.img{margin:9px -12px 0;height:120px;background:#c9d3cc;color:#4a5a4f;display:flex;"
        "align-items:center;justify-content:center;font-size:8.4pt;font-style:italic}.tags{color:"
        "#216fdb;margin-top:6px}.stat{display:flex;justify-content:space-between;color:#65676b;"
        "font-size:8pt;border-bottom:1px solid #dadde1;padding:6px 0}.act{display:flex;"
        "justify-content:space-around;color:#65676b;font-size:8.4pt;font-weight:bold;border-"
        "bottom:1px solid #dadde1;padding:5px 0}.sort{font-size:8pt;color:#65676b;margin:6px 0}"
        ".c{display:flex;margin:6px 0 0}.c.r{margin-left:38px}.cav{flex:0 0 26px;height:26px;"
        "border-radius:13px;background:#b0b3b8;color:#fff;text-align:center;line-height:26px;"
        "font-size:8pt;margin-right:6px}.c.r .cav{background:#2f6b3f}.bub{background:#f0f2f5;"
        "border-radius:12px;padding:5px 10px;font-size:8.7pt}.bub b{font-size:8.4pt}.aut{"
        "background:#e7f3ff;color:#1877f2;font-size:6.8pt;padding:0 4px;border-radius:3px}"
        ".cm{font-size:7.4pt;color:#65676b;margin:1px 0 0 10px}.lk{color:#e0245e}.more{color:"
        "#65676b;font-size:8.2pt;font-weight:bold;margin-top:8px}"
    )
    post = (
        "<div class='hd'><div class='pav'>EK</div><div><b>Egsmark Kommune</b><small>24. januar "
        "2055 kl. 10.15 · Offentlig</small></div></div><div class='txt'>"
        + paras("Hvad skal der stå på Torvet om ti år?",
                "Byrådet har besluttet, at vi skal have en plan for kunst i byrummet. Kommunen ejer "
                "i dag 38 kunstværker – fra bronzehesten på Torvet til mosaikken i Vibækhallen – "
                "og mange af dem trænger til lidt kærlighed.", "Planen skal:")
        + "".join(f"<div class='ck'>✔ {e(t)}</div>" for t in cks)
        + paras(s1 + " Datoerne kommer her på siden. " + s2,
                "Har du et yndlingsværk – eller et, du ikke kan fordrage? Skriv det i "
                "kommentarerne!")
        + "<div class='tags'>#kunstibyrummet #egsmark</div></div>"
        "<div class='img'>Bronzehesten på Torvet med sne på ryggen. Foto: Egsmark Kommune</div>"
        "<div class='stat'><span>♥ 143</span><span>37 kommentarer · 12 delinger</span></div>"
        "<div class='act'><span>Synes godt om</span><span>Kommenter</span><span>Del</span></div>"
        "<div class='sort'>Mest relevante ▾</div>"
        + _fb_comment("Mette Dyrberg", "Hvad med graffitivæggen ved stationen? Kommer den med?",
                      "3 d", "6")
        + _fb_comment("Egsmark Kommune", "Hej Mette. Godt spørgsmål! " + s3 + " /Anne", "3 d",
                      "9", page=True)
        + _fb_comment("Jens P. Hvidt", "Spild af penge. Brug dem på hullerne i Vibækvej i "
                      "stedet.", "3 d", "14")
        + _fb_comment("Karin Vestergaard", "Bliver Kunstrådet spurgt, eller er det bare "
                      "politikerne, der bestemmer?", "2 d", "4")
        + _fb_comment("Egsmark Kommune", "Hej Karin. " + s4 + " /Anne", "2 d", "3", page=True)
        + _fb_comment("Ole Dahl", "Kunne man ikke sætte kunst op ved skolerne? Børnene kunne "
                      "selv lave det.", "2 d", "11")
        + _fb_comment("Egsmark Kommune", "Tak for idéen, Ole! Vi sender den videre til "
                      "arbejdsgruppen. /Anne", "2 d", "2", page=True)
        + _fb_comment("Bodil Krarup", "Planen skal også sige, hvad det hele koster!!", "1 d",
                      "5")
        + "<div class='more'>Se 31 kommentarer mere</div>"
    )
    body = f"<div class='fb'>facebook</div><div class='card'>{post}</div>"
    html_pdf(d / "mandate.pdf", lang="da", title="Egsmark Kommune | Facebook", css=css,
             body=body)

    vaerker = [
        ["Bronzehesten", "Torvet", "1962", "Store skader"],
        ["Mosaikken", "Vibækhallen", "1978", "Store skader"],
        ["Fiskerkonen", "Havnen", "1985", "Mindre skader"],
        ["Springvandet", "Rådhuspladsen", "1991", "Store skader"],
        ["Tre søjler", "Egsmark Station", "1996", "God"],
        ["Vægmaleriet", "Egsmark Skole", "2004", "Mindre skader"],
        ["Stenringen", "Hovslund Kirkeplads", "2011", "God"],
        ["Vindharpen", "Vibæk Strand", "2019", "Store skader"],
        ["Lysbuen", "Egsmark Bibliotek", "2027", "God"],
        ["Ørnen", "Egsmark Bypark", "2033", "Mindre skader"],
        ["De dansende", "Kulturhuset", "2038", "God"],
        ["Vandspejlet", "Vibæk Torv", "2046", "God"],
    ]
    p = [
        ("title", "Plan for kunst i byrummet 2055–2062"),
        ("meta", "Egsmark Kommune · Kultur og Fritid · Vedtaget af Egsmark Byråd den 17. juni "
                 "2055"),
        ("h1", "1 Indledning"),
        ("p", "Kunst i byrummet giver byen identitet og gør det rarere at færdes. Egsmark Kommune "
              "ejer 38 kunstværker i byrum, parker og ved offentlige bygninger. Mange af dem er "
              "over 30 år gamle, og flere trænger til istandsættelse. Planen samler kommunens "
              "viden om værkerne og sætter retning for de næste otte år."),
        ("h1", "2 Sådan er planen blevet til"),
        ("p", "Borgermødet på Egsmark Bibliotek den 12. marts 2055 samlede omkring 60 deltagere. "
              "Mødet i Vibæk blev aflyst på grund af for få tilmeldte. Borgerne kom med over 200 "
              "forslag på mødet og på Facebook, og dem har arbejdsgruppen læst alle. Kunstrådet "
              "drøftede udkastet på sit møde den 29. april 2055, og rådets bemærkninger er "
              "indarbejdet."),
        ("h1", "3 Værkerne og deres tilstand"),
        ("p", "Konservator Helle Maagaard gennemgik alle 38 værker i efteråret 2054. Tabellen "
              "viser de 12 største værker. De øvrige 26 er mindre værker som relieffer, "
              "bænke og skilte; 19 af dem er i god stand og 7 har mindre skader. Den fulde "
              "liste med fotos ligger på kommunens hjemmeside."),
        ("table", ["Værk", "Sted", "Opsat", "Tilstand"], vaerker, [4.2, 5.0, 2.0, 3.6]),
        ("h1", "4 Istandsættelse"),
        ("p", "De fire værker med store skader istandsættes først: Bronzehesten og Springvandet i "
              "2056, Mosaikken og Vindharpen i 2057. De tre store værker med mindre skader "
              "tages i 2058, de små værker løbende. Om nogle værker skal flyttes eller tages ned, har vi ikke taget stilling "
              "til. Det afventer Kunstrådets gennemgang af samlingen i 2056."),
        ("h1", "5 Hvor kan ny kunst stå?"),
        ("p", "Vi har udpeget syv steder, hvor ny kunst vil gøre en forskel: Stationspladsen og "
              "den nye bydel Egsmark Nord i Egsmark by, Vibæk Strand og Vibæk Torv, "
              "Hovslund Kirkeplads, legepladsen i Hovslund og rastepladsen ved Egsmark Å. Til "
              "hvert sted er der lavet en kort beskrivelse af, hvilken slags kunst der passer."),
        ("h1", "6 Graffiti"),
        ("p", "Graffiti på kommunens bygninger fjernes inden for 48 timer efter anmeldelse. "
              "Anmeld graffiti via appen Giv et praj."),
        ("h1", "7 Økonomi"),
        ("p", "Byrådet har afsat 400.000 kr. om året til kunst i byrummet i 2056–2059. Heraf går "
              "omkring halvdelen til istandsættelse og resten til nye værker."),
    ]
    docx_pdf(d / "plan.pdf", p, title="Plan for kunst i byrummet 2055–2062",
             author="Egsmark Kommune", font="Liberation Sans", size=10.5, lang="da-DK",
             header="Egsmark Kommune · Plan for kunst i byrummet",
             footer="Side {PAGE} af {NUMPAGES}", accent="2F6B3F", head_fill="DDEBE0")
    g = [
        P("1", cks[0], "content", "covered", ev="Konservator Helle Maagaard gennemgik",
          trap="a check-mark line of a FACEBOOK POST of the kommune; the 38 works examined, the "
               "12 largest in a table, the 26 smaller summed up by condition"),
        P("2", cks[1], "content", "partial", ev="De fire værker med store skader",
          missing=["om værker skal flyttes eller tages ned (venter på Kunstrådets gennemgang "
                   "i 2056)"],
          trap="restoration scheduled; moving and taking down put off"),
        P("3", cks[2], "content", "covered", ev="Vi har udpeget syv steder",
          trap="answered under a heading in other words ('Hvor kan ny kunst stå?'), with places "
               "in Vibæk and Hovslund"),
        P("4", cks[3], "content", "uncovered",
          trap="SHARED WORDS: 'Borgerne kom med over 200 forslag på mødet' is how the plan was "
               "made; nothing on how citizens get a say when new art is chosen"),
        P("S1", s1, "process", "partial", ev="Borgermødet på Egsmark Bibliotek",
          missing=["borgermødet i Vibæk (aflyst)"],
          trap="a sentence of the post after the check marks ('Datoerne kommer …' is none)"),
        P("S2", s2, "process", "covered", ev="Egsmark Kommune · Kultur og Fritid · Vedtaget",
          trap="the meta line: adopted 17 June 2055, before the summer holiday of the year of "
               "the post (no year is printed in the point)"),
        P("S3", s3, "content", "uncovered",
          trap="a REPLY of the page ('Forfatter') to a citizen's comment, signed '/Anne', that "
               "adds a point; SHARED WORDS under 'Graffiti': removal within 48 hours, nothing on "
               "the legal walls"),
        P("S4", s4, "process", "covered", ev="Borgermødet på Egsmark Bibliotek",
          trap="a reply of the page; past tense: the Kunstråd discussed the draft on 29 April "
               "2055. Not points: the citizens' comments (Bodil Krarup's 'Planen skal også sige, "
               "hvad det hele koster!!' is a citizen's demand, not the kommune's), the reply "
               "passing Ole Dahl's idea on to the working group, 'Datoerne kommer her på siden', "
               "the call for comments, the photo caption, hashtags and counts"),
    ]
    return dict(language="da", mandate="mandate.pdf", plan="plan.pdf", drop=DROP["kunst"],
                producer="a FACEBOOK POST of the kommune printed with its comments from the "
                "browser with Chromium (DejaVu Sans 9.2, the site bar, the post card, a photo "
                "placeholder, counts, an action bar, seven comments with three replies of the "
                "page marked 'Forfatter', one page): four check-mark lines (1–4), two sentences "
                "of the post (S1, S2) and two replies of the page (S3, S4) among a citizen's "
                "demand, an idea passed on and a call for comments; plan python-docx → "
                "LibreOffice (Liberation Sans 10.5, da-DK, running header, 'Side n af m'), a "
                "table of works, headings in other words, past tense, a deferral, shared words "
                "twice", points=g)



# =========================================================================== 5 hydrants (en-US)
@pair
def hydrants(d: Path) -> dict:
    recs = [
        ("R1", "The City Council should adopt a hydrant maintenance plan by June 30, 2054."),
        ("R2", "The plan should set a schedule for inspecting every public hydrant at least once a "
               "year and for flow-testing each hydrant at least once every five years."),
        ("R3", "The plan should establish a single electronic record of hydrant locations, "
               "inspections, repairs and out-of-service status that the Fire District can see in "
               "real time."),
        ("R4", "The plan should identify the hydrants in the Ridgeline and Millrace "
               "neighborhoods that cannot deliver a fire flow of 1,000 gallons per minute, and set "
               "a date for correcting each of them."),
        ("R5", "The plan should include a budget for replacing hydrants that clears, by 2060, the "
               "backlog of 214 hydrants that are out of service or of an obsolete type."),
        ("R6", "The Fire District should train its engine companies to report hydrant defects "
               "through the shared record by January 1, 2055."),
        ("R7", "The City should post the plan, and an annual report on the status of its "
               "hydrants, on the City's website."),
    ]
    s1 = ("The plan should be prepared together with the Fire District, whose engine companies "
          "are the main users of the hydrants.")
    finds = [
        ("F1", "The City has no written schedule for inspecting or flow-testing its 2,870 public "
               "hydrants; 38 percent were not inspected in the last three years."),
        ("F2", "Hydrant records are kept on paper cards and in two spreadsheets that do not agree, "
               "and the Fire District learns that a hydrant is out of service only when its crews "
               "find it."),
        ("F3", "Flow tests in 2052 showed that 61 hydrants in the Ridgeline and Millrace "
               "neighborhoods deliver less than 1,000 gallons per minute."),
        ("F4", "At the end of 2053, 214 hydrants were out of service or of an obsolete type for "
               "which parts are no longer made."),
        ("F5", "The Water Division has replaced on average nine hydrants a year since 2048, with "
               "no dedicated budget line."),
    ]
    m = [
        ("center", DROP["hydrants"][0]),
        ("title", "Out of Service: Vista Arroyo's Fire Hydrants"),
        ("meta", "Report No. 2054-07 · Filed with the Clerk of the Superior Court on March 18, "
                 "2054"),
        ("h1", "SUMMARY"),
        ("p", "On the night of August 9, 2053, firefighters fighting a house fire on Quail Ridge "
              "Court opened two hydrants before they found one that worked. Nobody was hurt, but "
              "the house was lost. The Grand Jury looked into how the City of Vista Arroyo keeps "
              "its hydrants in working order and found that it has no plan for doing so."),
        ("h1", "BACKGROUND"),
        ("p", "The City's Water Division owns and maintains the 2,870 public hydrants inside the "
              "city limits. The Vista Arroyo Fire Protection District, a separate special "
              "district, uses them. Under the State Fire Code the water purveyor is responsible "
              "for keeping hydrants in service; the fire district is responsible for reporting "
              "the defects it finds."),
        ("h1", "METHODOLOGY"),
        ("p", "The Grand Jury interviewed eleven officials of the City and the Fire District, "
              "toured the Water Division's yard, reviewed hydrant records for 2048–2053 and "
              "rode along with an engine company for one shift."),
        ("h1", "DISCUSSION"),
        ("p", "The Water Division's crews are skilled and know the system well, but they work "
              "from memory and from paper. Inspections happen when a crew is nearby, and flow "
              "tests only when a developer pays for one. The Grand Jury believes a written plan, "
              "adopted by the City Council, is the only way to make hydrant maintenance regular "
              "and visible. " + s1 + " The Grand Jury commends the Water Division for the "
              "flow tests it carried out in Ridgeline and Millrace in 2052."),
        ("h1", "FINDINGS"),
        *[("typed", k + ".", t, 1.0, 0.0) for k, t in finds],
        ("h1", "RECOMMENDATIONS"),
        *[("typed", k + ".", t, 1.0, 0.0) for k, t in recs],
        ("h1", "REQUEST FOR RESPONSES"),
        ("p", "Pursuant to Penal Code sections 933 and 933.05, the Grand Jury requests responses "
              "as follows. From the City Council of the City of Vista Arroyo: Findings F1–F5 and "
              "Recommendations R1–R5 and R7, within 90 days. From the Board of Directors of the "
              "Vista Arroyo Fire Protection District: Finding F2 and Recommendation R6, within 90 "
              "days. The responses are to be submitted to the Presiding Judge of the Superior "
              "Court, with a copy to the Grand Jury."),
        ("h1", "DISCLAIMER"),
        ("p", "Reports issued by the Civil Grand Jury do not identify individuals interviewed. "
              "Penal Code section 929 requires that reports of the Grand Jury not contain the "
              "name of any person or facts leading to the identity of any person who provides "
              "information to the Civil Grand Jury."),
    ]
    odt_pdf(d / "mandate.pdf", m, title="Out of Service: Vista Arroyo's Fire Hydrants",
            font="Liberation Serif", size=11, lang="en", country="US",
            header=DROP["hydrants"][0], footer="Page {n} of {m}", accent="#1F2F4F",
            head_fill="#E4E8F0")
    # the recommendations run over the page break: R1 on page 1, R2–R7 on page 2
    expect_on_page(d / "mandate.pdf", [(1, "adopt a hydrant maintenance plan by June 30, 2054"),
                                       (2, "at least once every five years")])

    lowflow = [
        ["Ridgeline", "Quail Ridge Ct", "6", "610–780", "Upsize 4-inch main to 8-inch", "2055"],
        ["Ridgeline", "Summit View Dr", "14", "700–940", "Upsize main; new pressure valve",
         "2055"],
        ["Ridgeline", "Crestline Way", "11", "820–960", "New pressure valve", "2056"],
        ["Millrace", "Millrace Rd", "17", "540–900", "Replace 1950s cast-iron main", "2056–2057"],
        ["Millrace", "Weir St and Flume St", "13", "650–880", "Loop dead-end mains", "2058"],
    ]
    budget = [
        ["2055", "$480,000", "40"], ["2056", "$480,000", "40"], ["2057", "$420,000", "35"],
        ["2058", "$420,000", "35"], ["2059", "$300,000", "25"],
        ["Total", "$2,100,000", "175"],
    ]
    css = (
        "@page{size:Letter;margin:0.7in 0.75in 0.75in 0.75in;@top-right{content:'City of Vista "
        "Arroyo · Water Division';font:7.5pt 'Liberation Sans',sans-serif;color:#666}"
        "@bottom-center{content:'Page ' counter(page) ' of ' counter(pages);font:7.5pt "
        "'Liberation Sans',sans-serif;color:#666}}*{-webkit-print-color-adjust:exact;"
        "print-color-adjust:exact}body{font-family:'Liberation Sans',sans-serif;font-size:10pt;"
        "line-height:1.45;color:#222}.band{border-bottom:3px solid #0b5a7a;padding-bottom:5px;"
        "margin-bottom:8px;font-size:8.6pt;color:#0b5a7a;font-weight:bold}h1{font-size:19pt;"
        "margin:4px 0 4px;color:#0b5a7a}.meta{font-size:8.6pt;color:#555;margin-bottom:8px}"
        "h2{font-size:12pt;margin:14px 0 4px;color:#0b5a7a;break-after:avoid}p{margin:0 0 6px}"
        "table{border-collapse:collapse;width:100%;margin:4px 0 8px;font-size:8.8pt}th{background:"
        "#dcebf1;text-align:left}th,td{border:1px solid #9fb7c2;padding:3px 5px;vertical-align:"
        "top}tr{break-inside:avoid}.note{font-size:8.6pt;color:#444}"
    )
    body = (
        "<div class='band'>CITY OF VISTA ARROYO · PUBLIC WORKS · WATER DIVISION</div>"
        "<h1>Hydrant Maintenance Plan 2054–2060</h1>"
        "<div class='meta'>Adopted by City Council Resolution No. 2054-31 on June 10, 2054</div>"
        "<h2>1. Purpose</h2>"
        + paras("Every hydrant in Vista Arroyo should work the first time a firefighter opens "
                "it. This plan sets out how the Water Division will inspect, test, repair and "
                "replace the City's 2,870 public hydrants, and what that will cost. It responds "
                "to Grand Jury Report No. 2054-07.")
        + "<h2>2. How we prepared this plan</h2>"
        + paras("The plan was prepared by the Water Division together with the Vista Arroyo Fire "
                "Protection District. In March 2054 captains from the Fire District walked the "
                "Ridgeline and Millrace neighborhoods with our crews, and the District's Fire "
                "Marshal reviewed the draft in May. The Public Works Committee discussed the "
                "draft on May 20, 2054.")
        + "<h2>3. Inspection and testing</h2>"
        + paras("Starting in July 2054, Water Division crews will inspect every public hydrant "
                "once a year, working through the City's four maintenance zones one quarter at "
                "a time. An inspection covers the caps, the operating nut, drainage, "
                "clearance and paint. Flow tests will be carried out as staffing allows, with "
                "priority for hydrants near schools and care homes.")
        + "<h2>4. Keeping track</h2>"
        + paras("Inspection results are entered in the Water Division's maintenance management "
                "system. A record the Fire District can see in real time requires a link between "
                "that system and the District's dispatch software; we will look at this when the "
                "City replaces its utility billing and asset system in 2057. Until then the "
                "Water Division e-mails the Fire District a list of hydrants out of service every "
                "Monday.")
        + "<h2>5. Where the water runs short</h2>"
        + paras("The 2052 flow tests found 61 hydrants that cannot deliver 1,000 gallons per "
                "minute. All of them are on small or old mains. The table shows the streets, "
                "what we will do and when.")
        + table_html(["Neighborhood", "Street", "Hydrants", "Measured flow (gpm)", "Fix",
                      "Year"], lowflow)
        + "<h2>6. Replacing old hydrants</h2>"
        + paras("At the end of 2053, 214 hydrants were out of service or of an obsolete type. "
                "The Council has approved a hydrant replacement line in the Capital Improvement "
                "Program for 2055–2059:")
        + table_html(["Year", "Budget", "Hydrants replaced"], budget)
        + paras("The remaining 39 hydrants will be replaced when funding allows.")
        + "<h2>7. Reporting</h2>"
        + paras("The Water Division reports the number of hydrants in and out of service to the "
                "Fire District each month and to the Public Works Committee each quarter.")
        + "<p class='note'>Questions about this plan: Water Division, 1400 Orchard Avenue, "
          "Vista Arroyo. Printed from vistaarroyo.gov/water/hydrants.</p>"
    )
    html_pdf(d / "plan.pdf", lang="en-US", title="Hydrant Maintenance Plan 2054–2060", css=css,
             body=body)
    r = dict(recs)
    g = [
        P("R1", r["R1"], "process", "covered", ev="Adopted by City Council Resolution",
          trap="a numbered recommendation of a CIVIL GRAND JURY REPORT, the one that orders the "
               "plan, kept as a point for its deadline; the meta line: adopted June 10, 2054"),
        P("R2", r["R2"], "content", "partial", ev="Starting in July 2054, Water Division crews",
          missing=["a schedule for flow-testing each hydrant at least once every five years "
                   "(only 'as staffing allows')"],
          trap="yearly inspection by zone answered; flow testing left without a schedule"),
        P("R3", r["R3"], "content", "uncovered",
          trap="put off to the 2057 system replacement; a weekly e-mailed list is no shared "
               "real-time record. The heading 'Keeping track' and 'maintenance management "
               "system' share the subject only"),
        P("R4", r["R4"], "content", "covered", ev="The 2052 flow tests found 61 hydrants",
          trap="answered under a heading in other words ('Where the water runs short') with a "
               "table by street and year"),
        P("R5", r["R5"], "deliverable", "partial", ev="At the end of 2053, 214 hydrants",
          missing=["the last 39 of the 214 hydrants ('when funding allows'): the budget does "
                   "not reach zero by 2060"],
          trap="a budget table for 2055–2059 replacing 175 hydrants"),
        P("R7", r["R7"], "process", "partial", ev="Questions about this plan: Water Division",
          missing=["an annual report on the status of the hydrants on the website (the plan "
                   "reports monthly to the Fire District and quarterly to a committee)"],
          trap="the plan is itself the city's web page ('Printed from vistaarroyo.gov/water/"
               "hydrants'), so it is posted; SHARED WORDS under 'Reporting': monthly and "
               "quarterly reports to the Fire District and a committee, no annual public "
               "report"),
        P("S1", s1, "process", "covered", ev="The plan was prepared by the Water Division",
          trap="a sentence in the DISCUSSION, not among the numbered recommendations; past "
               "tense: the Fire District's captains and Fire Marshal took part. Not points: the "
               "findings F1–F5 (they share the recommendations' words), R6 (addressed to the "
               "Fire District), the commendation, the request for responses (to the court, "
               "within 90 days), the disclaimer"),
    ]
    return dict(language="en", mandate="mandate.pdf", plan="plan.pdf", drop=DROP["hydrants"],
                producer="a CIVIL GRAND JURY REPORT exported from Writer (odfpy → LibreOffice, "
                "Liberation Serif 11, en-US, running header, 'Page n of m'): summary, background, "
                "methodology, a discussion holding S1 in its prose, findings typed F1.–F5. "
                "(none), recommendations typed R1.–R7. (R6 to the Fire District, none), the "
                "request for responses and a disclaimer; plan the city's web page printed with "
                "Chromium (US Letter, Liberation Sans 10, 'Page n of m'), a low-flow table and a "
                "budget table, headings in other words, past tense, a deferral, shared words",
                points=g)


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


BUILDER = "corpora/mandates-blind53/make_pairs.py"

if __name__ == "__main__":
    main(sys.argv[1:])
