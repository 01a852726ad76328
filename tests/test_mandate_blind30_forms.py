"""Mandate forms of session 32 (mfind32): points chosen by what a table row says of itself.

- An answer column whose cell opens with the verdict and goes on with the promise
  ("Beaktas. Planen kompletteras med …", "Tas til følge. Planen får …", "Taken into account.
  The plan will …"): the rows taken up are points, their text the promise; rows only noted
  ("Noteras.", "Tatt til orientering", "Noted") or turned down ("Beaktas inte.") are none.
"""

from __future__ import annotations

import pytest

from plancheck.mandate.points import _decision_cell, _table_asks, _verdict_rest
from plancheck.mandate.tables import point_rows


@pytest.mark.parametrize(
    ("cell", "said"),
    [
        ("Beaktas. Planen kompletteras med ett avsnitt om mätningar.", True),
        ("Beaktas inte. Huvudgatorna behåller 50 km/tim.", False),
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
        ("Planen kompletteras med en lista.", None),
        ("The council notes the comment and will return to it.", None),
    ],
)
def test_a_verdict_opening_an_answer_cell_decides_the_row(cell: str, said: bool | None) -> None:
    assert _decision_cell(cell) is said


def test_the_promise_after_the_verdict_is_the_rest_of_the_cell() -> None:
    assert _verdict_rest("Beaktas. Planen kompletteras med en lista.") == "Planen kompletteras med en lista."
    assert _verdict_rest("Accepted") == ""
    assert _verdict_rest("Planen kompletteras med en lista.") == ""


SAMRAD = [
    ["Nr", "Yttrande från", "Synpunkt", "Kommunens kommentar"],
    ["1", "Trafikverket", "Hastigheten på väg 612 bör sänkas till 60.", "Noteras. Trafikverket beslutar om vägen."],
    ["2", "Polisen", "Planen bör beskriva hur efterlevnaden följs upp.",
     "Beaktas. Planen kompletteras med ett avsnitt om hur hastigheterna ska mätas."],
    ["3", "Privatperson", "Hela tätorten borde få 40 km/tim på alla gator.",
     "Beaktas inte. Huvudgatorna behåller 50 km/tim."],
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
        ("2", "Planen kompletteras med ett avsnitt om hur hastigheterna ska mätas."),
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
        ("Planen kompletteras med en lista över de övergångsställen som ska säkras.", "lista"),
        ("Planen suppleres med et kort over boringerne.", "kort"),
        ("Planen kompletteres med ei liste over alle bruene.", "liste"),
        ("The plan will be supplemented with a map of the routes.", "map"),
        ("Planen kompletteras med ett avsnitt om mätningar.", None),
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
