"""Mandate forms of session 32 (mfind32): points chosen by what a table row says of itself.

- An answer column whose cell opens with the verdict and goes on with the promise
  ("Beaktas. Strategin kompletteras med …", "Tas til følge. Planen får …", "Taken into account.
  The plan will …"): the rows taken up are points, their text the promise; rows only noted
  ("Noteras.", "Tatt til orientering", "Noted") or turned down ("Tillgodoses inte.") are none.
"""

from __future__ import annotations

import pytest

from plancheck.mandate.points import _decision_cell, _table_asks, _verdict_rest
from plancheck.mandate.tables import point_rows


@pytest.mark.parametrize(
    ("cell", "said"),
    [
        ("Beaktas. Strategin kompletteras med ett avsnitt om mätningar.", True),
        ("Tillgodoses inte. Huvudgatorna behåller 50 km/tim.", False),
        ("Noteras. Frågan hanteras i trädplanen.", False),
        ("Tas til følge. Planen får et nytt kapittel om skoleveier.", True),
        ("Tas ikke til følge.", False),
        ("Tatt til orientering.", False),
        ("Takast til følgje: planen får eit eige kapittel.", True),
        ("Tages til efterretning.", False),
        ("Imødekommes. Planen suppleres med et kort over boringerne.", True),
        ("Taken into account. The plan will show the routes on a map.", True),
        ("Noted.", False),
        ("Not taken into account – the speed limit is set by the state.", False),
        ("Strategin kompletteras med en lista.", None),
        ("The council notes the comment and will return to it.", None),
    ],
)
def test_a_verdict_opening_an_answer_cell_decides_the_row(cell: str, said: bool | None) -> None:
    assert _decision_cell(cell) is said


def test_the_promise_after_the_verdict_is_the_rest_of_the_cell() -> None:
    assert _verdict_rest("Beaktas. Strategin kompletteras med en lista.") == "Strategin kompletteras med en lista."
    assert _verdict_rest("Accepted") == ""
    assert _verdict_rest("Strategin kompletteras med en lista.") == ""


SAMRAD = [
    ["Nr", "Yttrande från", "Synpunkt", "Kommunens kommentar"],
    ["1", "Trafikverket", "Hastigheten på väg 612 bör sänkas till 60.", "Noteras. Trafikverket beslutar om vägen."],
    ["2", "Polisen", "Planen bör beskriva hur efterlevnaden följs upp.",
     "Beaktas. Strategin kompletteras med ett avsnitt om hur hastigheterna ska mätas."],
    ["3", "Privatperson", "Hela tätorten borde få 40 km/tim på alla gator.",
     "Tillgodoses inte. Huvudgatorna behåller 50 km/tim."],
    ["4", "Skolans föräldraförening", "Vi önskar 30 km/tim förbi skolan även på kvällen.",
     "Beaktas. Skolvägen får 30 km/tim under hela dygnet."],
]

MERKNADER = [
    ["Nr.", "Fra", "Merknad", "Kommunens vurdering"],
    ["1", "Statens vegvesen", "Fylkesvegen bør få lavere fartsgrense forbi skolen.",
     "Tas til følge. Planen får et eget kapittel om fartsgrensene forbi skolene."],
    ["2", "Velforeningen", "Det bør plantes flere trær langs gatene i sentrum.",
     "Tatt til orientering. Saken følges opp i grøntplanen."],
    ["3", "Privatperson", "Hele sentrum bør bli bilfritt om sommeren.", "Tas ikke til følge."],
]


def test_a_response_table_whose_answers_open_with_the_verdict_gives_the_promises() -> None:
    assert point_rows(SAMRAD, _table_asks, decision=_decision_cell, promise=_verdict_rest) == [
        ("2", "Strategin kompletteras med ett avsnitt om hur hastigheterna ska mätas."),
        ("4", "Skolvägen får 30 km/tim under hela dygnet."),
    ]
    assert point_rows(MERKNADER, _table_asks, decision=_decision_cell, promise=_verdict_rest) == [
        ("1", "Planen får et eget kapittel om fartsgrensene forbi skolene."),
    ]


def test_a_bare_verdict_keeps_the_comment_it_takes_up() -> None:
    table = [[*r[:3], r[3].split(".")[0] + "."] if k else r for k, r in enumerate(SAMRAD)]
    assert point_rows(table, _table_asks, decision=_decision_cell, promise=_verdict_rest) == [
        ("2", "Planen bör beskriva hur efterlevnaden följs upp."),
        ("4", "Vi önskar 30 km/tim förbi skolan även på kvällen."),
    ]


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Strategin kompletteras med en lista över de övergångsställen som ska säkras.", "lista"),
        ("Planen suppleres med et kort over boringerne.", "kort"),
        ("Planen kompletteres med ei liste over alle bruene.", "liste"),
        ("The plan will be supplemented with a map of the routes.", "map"),
        ("Strategin kompletteras med ett avsnitt om mätningar.", None),
    ],
)
def test_a_promise_to_add_a_part_to_the_plan_asks_for_that_part(text: str, part: str | None) -> None:
    from plancheck.mandate.points import deliverable_asked

    assert deliverable_asked(text) == part


CONDITIONS_EN = """Decision Notice: Grant of Planning Permission

The Council grants planning permission subject to the following conditions.

1. The development shall begin not later than three years from the date of this decision.
Reason: To comply with section 91 of the Act.
2. No external lighting shall be installed until details have been approved in writing.
3. No development shall take place until a Site Waste Management Plan has been submitted to and approved in writing by the Council. The plan shall include:
(a) the types and amounts of waste expected from the demolition;
(b) how each type of waste will be reused, recycled or disposed of;
(c) the name of the person responsible for the plan.
The approved plan shall be followed throughout the works.
Reason: To reduce waste.
4. The hedge along the northern boundary shall be retained.
"""

CONDITIONS_NB = """Tillatelse etter forurensningsloven

Tillatelsen gis på følgende vilkår:

1. Anlegget skal drives i samsvar med søknaden.
Begrunnelse: Søknaden beskriver driften.
2. Støy fra anlegget skal ikke overstige 55 dB ved nærmeste bolig.
3. Virksomheten skal utarbeide en beredskapsplan mot akutt forurensning som skal være godkjent av kommunen før driften starter. Beredskapsplanen skal omfatte:
a) en oversikt over kjemikalier som lagres på området;
b) varsling av brannvesen og kommune ved utslipp;
c) øvelser minst én gang i året.
4. Tillatelsen kan endres etter forurensningsloven § 18.
"""


@pytest.mark.parametrize(
    ("text", "letters", "lead"),
    [
        (CONDITIONS_EN, ["a", "b", "c"], "No development shall take place until a Site Waste"),
        (CONDITIONS_NB, ["a", "b", "c"], "Virksomheten skal utarbeide en beredskapsplan"),
    ],
)
def test_the_condition_asking_for_the_plan_gives_its_sub_conditions_and_its_lead(
    text: str, letters: list[str], lead: str
) -> None:
    from plancheck.mandate import find_points

    points = find_points([text])
    assert [p.number for p in points if not p.number.startswith("S")] == letters
    s1 = [p for p in points if p.number == "S1"]
    assert s1 and s1[0].text.startswith(lead) and s1[0].kind == "process"
    # the other conditions and the carrying-out sentence after the sub-conditions are none
    assert not any("hedge" in p.text or "Støy" in p.text or "followed throughout" in p.text for p in points)


# ----------------------------------------------------------------------- risk tables by level

RISK_NN = [
    ["Nr", "Uønskt hending", "Sannsyn", "Konsekvens", "Risiko", "Tiltak"],
    ["1", "Straumbrot", "Middels", "Stor", "Raud", "Peike ut ein evakueringsstad med naudstraum og mat."],
    ["2", "Pandemi", "Låg", "Stor", "Gul", "Oppdatere smittevernplanen og avtalen med nabokommunane."],
    ["3", "Skred", "Middels", "Svært stor", "Raud", "Kartleggje kva bustader som må evakuerast ved skred."],
]

RISK_EN = [
    ["Ref", "Risk", "Likelihood", "RAG", "Mitigation"],
    ["R1", "Flooding of the depot yard", "Likely", "Amber", "Raise the salt barn floor above the flood level."],
    ["R2", "Loss of the gritting fleet", "Possible", "Red", "Agree mutual aid with the neighbouring councils."],
    ["R3", "Staff shortage in winter", "Likely", "Green", "Keep a reserve list of trained drivers."],
]


def _level_points(rows: list[list[str]], acted: set[str]) -> list[tuple[str | None, str]] | None:
    from plancheck.mandate.points import _level_header, _level_of, _measure_header
    from plancheck.mandate.tables import level_rows

    return level_rows(rows, _level_of, _level_header, _measure_header, acted)


def test_a_risk_table_gives_the_measures_of_the_rows_at_the_level_acted_on() -> None:
    assert _level_points(RISK_NN, {"high"}) == [
        ("1", "Peike ut ein evakueringsstad med naudstraum og mat."),
        ("3", "Kartleggje kva bustader som må evakuerast ved skred."),
    ]
    assert _level_points(RISK_EN, {"high", "medium"}) == [
        ("R1", "Raise the salt barn floor above the flood level."),
        ("R2", "Agree mutual aid with the neighbouring councils."),
    ]
    # the document says no level requires action in the plan: the table asks nothing
    assert not _level_points(RISK_NN, set())


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        ("Tiltak mot hendingar med høg risiko skal innarbeidast i ein plan for evakuering. "
         "Tiltaka for hendingar med gul risiko blir følgde opp i budsjetta.", {"high"}),
        ("Tiltak for hendelser med høy risiko skal tas inn i beredskapsplanen.", {"high"}),
        ("Åtgärder för händelser med hög risk ska ingå i kommunens handlingsplan.", {"high"}),
        ("Tiltag for hændelser med høj og middel risiko skal indgå i beredskabsplanen.", {"high", "medium"}),
        ("Mitigations for red and amber risks must be set out in the winter service plan.", {"high", "medium"}),
        ("Risikoen er vist som raud, gul eller grøn.", set()),
        ("Tiltak for hendelser med høy risiko skal ikke tas inn i planen.", set()),
    ],
)
def test_the_levels_acted_on_are_named_with_a_modal_and_a_plan(text: str, levels: set[str]) -> None:
    from plancheck.mandate.points import acted_levels

    assert acted_levels(text) == levels


# ----------------------------------------------------------------------- guards of the status


def _status(point: str, chapters: list[tuple[str, list[str]]], lang: str) -> str:
    import test_mandate_support as support

    from plancheck.mandate import find_points
    from plancheck.mandate.match import assess_points

    points = find_points([f"Mandat\n\n1. {point}\n2. Planen skal ha en tidsplan for arbeidet.\n"])
    return assess_points(support.make_plan(chapters), points[:1], lang)[0].status


FUTURE_NN = "Gjere ei vurdering av det framtidige behovet for sjukeheimsplassar i kommunen."
CHURCH_NN = "Etablere rutine for samarbeid med kyrkja om registrering av evakuerte."


@pytest.mark.parametrize(
    ("point", "chapters", "lang"),
    [
        # covered before the guard: the figure shares every word but the future
        (FUTURE_NN, [("Sjukeheimsplassar", ["Behovet for sjukeheimsplassar i kommunen var 84 plassar i 2045."])], "nn"),
        ("Ange en bedömning av den framtida efterfrågan på förskoleplatser i kommunen.",
         [("Förskoleplatser", ["Efterfrågan på förskoleplatser i kommunen var 412 platser under 2045."])], "sv"),
        ("Give an assessment of the future demand for school places in the borough.",
         [("School places", ["Demand for school places in the borough was 2,310 places in 2045."])], "en"),
    ],
)
def test_a_figure_of_today_does_not_cover_a_concern_about_the_future(point: str, chapters, lang: str) -> None:
    assert _status(point, chapters, lang) != "covered"


def test_a_forecast_answers_a_concern_about_the_future() -> None:
    chapters = [("Sjukeheimsplassar", [
        "Framskrivinga viser at behovet for sjukeheimsplassar i kommunen blir 110 plassar i 2055."])]
    assert _status(FUTURE_NN, chapters, "nn") == "covered"


@pytest.mark.parametrize(
    ("point", "chapters", "lang"),
    [
        # covered before the guard: the routine and the registration, and no police
        (CHURCH_NN, [("Registrering", [
            "Rutine for registrering av evakuerte: leiaren for senteret registrerer dei evakuerte på papirskjema."])], "nn"),
        ("Etablera rutiner för samverkan med Trafikverket om vinterväghållningen av länsvägarna.",
         [("Vinterväghållning", ["Rutiner för vinterväghållningen av länsvägarna: kommunens driftsavdelning "
                                 "plogar länsvägarna med fyra plogbilar."])], "sv"),
    ],
)
def test_a_passage_that_never_names_the_party_does_not_cover_a_cooperation(point: str, chapters, lang: str) -> None:
    assert _status(point, chapters, lang) != "covered"


def test_a_passage_naming_the_party_may_cover_a_cooperation() -> None:
    chapters = [("Registrering", [
        "Rutine for samarbeid med kyrkja om registrering av evakuerte: kyrkja registrerer dei "
        "evakuerte på papirskjema."])]
    assert _status(CHURCH_NN, chapters, "nn") == "covered"


# ------------------------------------------------------- risk tables in a PDF: unruled, by colour


def _risk_pdf(path, *, ruled: bool, coloured: bool) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    ss = getSampleStyleSheet()
    levels = ["Låg", "Hög", "Medel", "Hög"]
    measures = [
        "Informera äldreboendena om värmerutinerna varje sommar.",
        "Ta fram en reservplan för dricksvattenförsörjningen vid ledningsbrott.",
        "Rensa dagvattenbrunnarna i centrum varje höst.",
        "Upprätta avtal med grannkommunerna om evakueringsplatser.",
    ]
    data = [["Nr", "Händelse", "Sannolikhet", "Konsekvens", "Risk", "Åtgärd"]] + [
        [str(k + 1), f"Händelse {k + 1}", "Medel", "Stor", "" if coloured else levels[k],
         Paragraph(m, ss["BodyText"])]
        for k, m in enumerate(measures)
    ]
    t = Table(data, colWidths=[25, 80, 65, 65, 40, 220])
    style = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    if ruled:
        style.append(("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0)))
    if coloured:
        colours = {"Låg": (0.3, 0.7, 0.3), "Medel": (1.0, 0.8, 0.1), "Hög": (0.85, 0.2, 0.2)}
        style += [("BACKGROUND", (4, k + 1), (4, k + 1), colours[lv]) for k, lv in enumerate(levels)]
    t.setStyle(TableStyle(style))
    SimpleDocTemplate(str(path), pagesize=A4).build([
        Paragraph("Risk- och sårbarhetsanalys", ss["Title"]), t,
        Paragraph("Åtgärder för händelser med hög risk ska ingå i kommunens krisberedskapsplan.", ss["BodyText"]),
    ])


@pytest.mark.parametrize(("ruled", "coloured"), [(False, False), (True, True), (False, True)])
def test_a_risk_table_in_a_pdf_gives_its_high_rows(tmp_path, ruled: bool, coloured: bool) -> None:
    from plancheck.mandate import read_mandate

    path = tmp_path / "ros.pdf"
    _risk_pdf(path, ruled=ruled, coloured=coloured)
    points = [(p.number, p.text) for p in read_mandate(path) if not p.number.startswith("S")]
    assert points == [
        ("2", "Ta fram en reservplan för dricksvattenförsörjningen vid ledningsbrott."),
        ("4", "Upprätta avtal med grannkommunerna om evakueringsplatser."),
    ]


@pytest.mark.parametrize(
    ("colour", "light"),
    [("#d93030", "red"), ("#f0c020", "amber"), ("#40a040", "green"), ("#ffffff", None), ("#d9e2f3", None),
     ("#808080", None)],
)
def test_a_fill_reads_as_a_traffic_light(colour: str, light: str | None) -> None:
    from plancheck.mandate.points import _traffic_light

    assert _traffic_light(colour) == light


@pytest.mark.parametrize(
    "sentence",
    [
        "Tiltak mot hendingar med høg risiko skal innarbeidast i ein plan for evakuering.",
        "Åtgärder för händelser med hög risk ska arbetas in i en plan för krisberedskap.",
        "Control measures for high risks shall be included in an emergency plan.",
    ],
)
def test_a_risk_analysis_sending_a_level_to_a_plan_is_a_requirement(sentence: str) -> None:
    from plancheck.mandate.points import is_requirement

    assert is_requirement(sentence)


@pytest.mark.parametrize("shaded", [False, True])
def test_a_word_risk_table_gives_its_high_rows(tmp_path, shaded: bool) -> None:
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    from plancheck.mandate import read_mandate

    d = docx.Document()
    d.add_heading("Risiko- og sårbarhetsanalyse", 1)
    rows = [["Nr", "Hendelse", "Risiko", "Tiltak"],
            ["1", "Strømbrudd", "Høy", "Skaffe nødstrømsaggregat til rådhuset og sykehjemmet."],
            ["2", "Skogbrann", "Lav", "Rydde vegetasjon langs kraftlinjene hvert femte år."],
            ["3", "Flom", "Høy", "Kartlegge hvilke boliger som må evakueres ved flom i elva."]]
    t = d.add_table(rows=4, cols=4)
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            t.cell(i, j).text = "" if shaded and i and j == 2 else c
            if shaded and i and j == 2:
                shd = OxmlElement("w:shd")
                shd.set(qn("w:val"), "clear")
                shd.set(qn("w:fill"), "D93030" if c == "Høy" else "40A040")
                t.cell(i, j)._tc.get_or_add_tcPr().append(shd)
    d.add_paragraph("Tiltak for hendelser med høy risiko skal inngå i kommunens beredskapsplan.")
    path = tmp_path / "ros.docx"
    d.save(path)
    points = [(p.number, p.text) for p in read_mandate(path) if not p.number.startswith("S")]
    assert points == [
        ("1", "Skaffe nødstrømsaggregat til rådhuset og sykehjemmet."),
        ("3", "Kartlegge hvilke boliger som må evakueres ved flom i elva."),
    ]
