"""Mechanisms of helper m55read (session 49), each on invented wording.

- A lettered list typed with its label glued to the first word ("a)vise …", "b)gjere …": a
  hanging indent narrower than the gap) is a list when three or more such lines run a, b, c …
  in turn (``points.glued_label_runs``).
- A sentence that withdraws a point ("… skal trekkes …", words.yaml ``withdrawal``) strikes
  only a point printed before it: a zoning rule above the list names none of it
  (``points.withdrawn``).
- The order to have the plan by a date or before a step ("Kommunen skal innan 1. mai 2060
  lage ein hamneplan …", "… forpligter sig til senest … at udarbejde en plan …", "Før det gis
  … tillatelse, skal det foreligge en plan …") is a process point (``points.dated_plan_order``,
  requirements.yaml ``plan_in_place``); the order without a time stays the mandate's origin.
- In a permit, the ordered party's duties under another heading than the order ask for other
  work unless they name the plan; a sentence that says it binds nothing ("men dette er ikkje
  eit vilkår", requirements.yaml ``not_binding``) is no point (``points.prose_requirements``).
"""

from __future__ import annotations

from plancheck.mandate import find_points
from plancheck.mandate.points import Line, dated_plan_order


def _body(text: str, indent: float = 60.0, gap: bool = False) -> Line:
    return Line(text, 1, indent, 10.5, False, None, gap)


def _head(text: str) -> Line:
    return Line(text, 1, 60.0, 13.0, True, None, True)


PERMIT = [
    _head("Løyve til drift av småbåthamna i Nordvika"),
    _body("Kommunen får med dette løyve til å drive småbåthamna i Nordvika på desse vilkåra.", gap=True),
    _head("1 Hamneplan"),
    _body("Kommunen skal sørgje for at hamna er trygg for båtfolk og badande. Kommunen skal innan", gap=True),
    _body("1. mai 2060 lage ein hamneplan for Nordvika. Hamneplanen skal"),
    _body("a)vise kvar gjestebåtane skal liggje, med djupn og straum;", 72.0),
    _body("b)gjere greie for tømming av septik frå fritidsbåtar;", 72.0),
    _body("c)innehalde eit kostnadsoverslag for kvart tiltak.", 72.0),
    _body("Hamneplanen skal vedtakast av kommunestyret."),
    _head("2 Målingar"),
    _body("Kommunen skal måle vasskvaliteten ved molo og strand fire gonger i året.", gap=True),
    _head("3 Avgift"),
    _body("Kommunen skal betale ei avgift på 12 000 kroner for handsaminga av søknaden.", gap=True),
    _head("4 Vurdering"),
    _body("Hamneplanen skal òg omfatte flytebrygga ved Kvernodden. Vi tilrår at kommunen", gap=True),
    _body("vurderer fleire ladepunkt for el-båtar på lang sikt, men dette er ikkje eit vilkår."),
]


def _texts(lines: list) -> list[str]:
    return [p.text.rstrip(";.") for p in find_points(lines)]


def test_glued_lettered_items_are_the_list():
    numbers = [p.number for p in find_points(PERMIT)]
    assert numbers[:3] == ["a", "b", "c"]
    assert _texts(PERMIT)[0] == "vise kvar gjestebåtane skal liggje, med djupn og straum"
    # one glued line alone is no list
    lines = [
        _head("Notat om hamna"),
        _body("Vi ser to vegar vidare:", gap=True),
        _body("a)ein ny molo,", 72.0),
        _body("eller ei utviding av den gamle."),
        _body("Hamneplanen skal vise kvar gjestebåtane skal liggje.", gap=True),
        _body("Hamneplanen skal gjere greie for tømming av septik."),
    ]
    assert "a" not in [p.number for p in find_points(lines)]


def test_dated_order_of_the_plan_is_a_process_point():
    points = find_points(PERMIT)
    order = [p for p in points if p.text.startswith("Kommunen skal innan 1. mai 2060 lage")]
    assert len(order) == 1 and order[0].kind == "process"


def test_dated_order_forms():
    assert dated_plan_order("Bydelen skal innen 1. mars 2061 utarbeide en ryddeplan for strendene.")
    assert dated_plan_order("Foreningen forpligter sig til senest den 1. maj 2061 at udarbejde og vedtage en driftsplan.")
    assert dated_plan_order(
        "Før det gis brukstillatelse for nye boliger, skal det foreligge en plan for skjøtsel av friområdet."
    )
    assert dated_plan_order("The board shall prepare a dredging plan no later than 1 June 2061.")
    # no time: the order is the mandate's origin; told in the past: a report of a decision
    assert not dated_plan_order("Bydelen skal utarbeide en ryddeplan for strendene.")
    assert not dated_plan_order("Utvalget vedtok at vi skal lage en ryddeplan før neste sommer.")


def test_other_duties_of_the_permit_holder_are_no_points():
    texts = _texts(PERMIT)
    assert not any(t.startswith("Kommunen skal måle vasskvaliteten") for t in texts)
    assert not any(t.startswith("Kommunen skal betale ei avgift") for t in texts)
    assert not any(t.startswith("Kommunen skal sørgje for") for t in texts)
    # what asks of the plan stays, under any heading
    assert "Hamneplanen skal vedtakast av kommunestyret" in texts
    assert "Hamneplanen skal òg omfatte flytebrygga ved Kvernodden" in texts


def test_a_sentence_that_binds_nothing_is_no_point():
    assert not any(t.startswith("Vi tilrår") for t in _texts(PERMIT))


def test_a_withdrawal_before_the_list_strikes_none_of_it():
    lines = [
        _head("§ 2 Bebyggelse"),
        _body("Takoppbygg skal trekkes minst 2 meter inn fra fasaden. 2.2 Fortau langs Strandgata skal", gap=True),
        _body("ha bredde 3 meter. Kantstein skal være av granitt."),
        _head("§ 3 Rekkefølgebestemmelser"),
        _body("Planen skal vise:", gap=True),
        _body("– adkomst og riggområde for anleggstrafikk,", 70.0),
        _body("– trygg ferdsel for gående langs Strandgata gjennom hele byggeperioden,", 70.0),
        _body("– støyende arbeid og arbeidstider.", 70.0),
    ]
    texts = _texts(lines)
    assert any("langs Strandgata" in t for t in texts), texts
    # a withdrawal after the list still strikes the one point it names
    later = [*lines, _body("Strekpunktet om Strandgata utgår.", gap=True)]
    assert not any("langs Strandgata" in t for t in _texts(later))
