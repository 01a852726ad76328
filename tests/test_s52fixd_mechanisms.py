"""Session 52 (fixd): a mayor's letter of numbered promises and a leaflet's actions under small aim
tags, each stage on hand-built inputs with invented wording.

- Extract (plancheck/extract/promises.py, read by plan.py ``_promise`` / ``_promise_goal``): a
  letter whose numbered items open with a bold first-person promise ('1. **Vi rydder …** Jobben
  gjøres av Park og idrett innen …') gives each promise as a measure, the owner and the time the
  prose after it names as its owner and deadline, and the goal its heading paraphrases as its goal.
- Extract (plancheck/extract/goaltags.py, plan.py ``_small_goal_tag``): a tag set small right above
  an action ('Aim 2', 'Aims 2 and 3') names the declared goals the action serves.
- Owners (plancheck/lang/owners.py ``_partner_after``): an English owner 'with' a partner's proper
  name is two owners.
- Deadlines (plancheck/lang/deadlines.py ``_season``): a winter named by the two years it spans
  starts in December of the first year."""

from __future__ import annotations

from plancheck.models import BBox, Block, BlockKind, Document, Provenance, Table


def _block(k: int, kind: BlockKind, text: str, size: float | None = 10.0, *, number: str | None = None,
           run_in: str | None = None, top: float | None = None, x0: float = 40.0, height: float = 12.0,
           table: Table | None = None, bold: bool = False) -> Block:
    level = 3 if kind == BlockKind.heading else 0 if kind == BlockKind.list_item else None
    top = 20.0 * k if top is None else top
    return Block(id=f"b{k}", kind=kind, text=text, font_size=size, number=number, run_in=run_in, level=level,
                 table=table, bold=bold,
                 provenance=Provenance(page=1, source_text=text, bbox=BBox(x0=x0, top=top, x1=500, bottom=top + height)))


def _plan(blocks: list[Block], lang: str):
    from plancheck.extract.plan import build_plan
    from plancheck.ingest.sections import build_sections

    doc = Document(path="x.pdf", page_count=1, blocks=blocks, sections=build_sections(blocks))
    return build_plan(doc, lang=lang, model=None)


# --- extract: a letter's numbered promises

_GOALS = [
    "Alle barn i bygda skal ha en trygg skolevei å gå eller sykle på.",
    "Lekeplassene i kommunen skal være rene og hele hele året.",
    "Eldre som bor hjemme, skal få besøk av noen minst en gang i uka.",
]
_PROMISES = [
    ("Tryggere vei til skolen", [
        ("Vi bygger fortau langs Bjørkelia fram til skolen.",
         " Jobben gjøres av Vei og park innen utgangen av 2061, og du får varsel før den starter."),
        ("Vi maler nye gangfelt ved alle skolene.",
         " Det er trafikkansvarlig som har ansvaret. Gangfeltene skal være malt før sommeren 2061."),
    ]),
    ("Rene og hele lekeplasser", [
        ("Vi sjekker alle lekeapparater på lekeplassene.",
         " Sjekken er en oppgave for Eiendomsdrift. Vi sjekker hver vår, og feil rettes straks."),
        ("Vi setter opp søppeldunker ved hver lekeplass.",
         " (Ansvar: Renovasjon, 1. halvår 2061)"),
    ]),
    ("Besøk til eldre som bor hjemme", [
        ("Vi starter en besøkstjeneste med frivillige.",
         " Frivilligkontoret tar seg av oppstarten, og tjenesten skal være i gang senest 01.09.2061."),
        ("Vi ringer alle over 80 år før jul.",
         " Samtalene holdes hvert år i desember."),
    ]),
]


def _letter() -> list[Block]:
    blocks = [
        _block(0, BlockKind.heading, "Til deg som bor i bygda", 14.0),
        _block(1, BlockKind.paragraph, "Kommunestyret har vedtatt planen. Planen har tre mål:"),
    ]
    blocks += [_block(2 + i, BlockKind.list_item, g) for i, g in enumerate(_GOALS)]
    k, n = 5, 1
    for head, items in _PROMISES:
        blocks.append(_block(k, BlockKind.heading, head, 11.0))
        k += 1
        for lead, tail in items:
            blocks.append(_block(k, BlockKind.list_item, lead + tail, number=f"{n}.", run_in=lead))
            k, n = k + 1, n + 1
    return blocks


def test_a_letters_numbered_promises_are_measures_with_owner_and_time_from_the_prose():
    plan = _plan(_letter(), "nb")
    by_text = {m.text: m for m in plan.measures}
    assert set(by_text) == {lead.rstrip(".") for _h, items in _PROMISES for lead, _t in items}
    got = {t[:20]: ([o.text for o in m.owners], m.deadline.text if m.deadline else None) for t, m in by_text.items()}
    assert got["Vi bygger fortau lan"] == (["Vei og park"], "innen utgangen av 2061")
    assert got["Vi maler nye gangfel"] == (["trafikkansvarlig"], "før sommeren 2061")
    assert got["Vi sjekker alle leke"] == (["Eiendomsdrift"], "hver vår")
    assert got["Vi setter opp søppel"] == (["Renovasjon"], "1. halvår 2061")
    assert got["Vi starter en besøks"] == (["Frivilligkontoret"], "senest 01.09.2061")
    assert got["Vi ringer alle over "] == ([], "hvert år i desember")  # a passive's subject is no owner


def test_a_promise_serves_the_goal_its_heading_paraphrases():
    plan = _plan(_letter(), "nb")
    goal_of = {g.id: g.text for g in plan.goals}
    for (_head, items), want in zip(_PROMISES, _GOALS, strict=True):
        for lead, _t in items:
            m = next(m for m in plan.measures if m.text == lead.rstrip("."))
            assert [goal_of[g].rstrip(".") for g in m.goal_ids] == [want.rstrip(".")]


def test_numbered_items_of_another_form_are_no_promises():
    from plancheck.extract.promises import paraphrased_goal, promise_form

    blocks = _letter()
    # two promises are no letter of promises; items not in the first person are none
    assert promise_form(blocks, "nb")
    few = [b for b in blocks if not (b.kind == BlockKind.list_item and b.number and int(b.number[0]) > 2)]
    assert not promise_form(few, "nb")
    other = [b.model_copy(update={"text": "Kommunen " + b.text[3:]}) if b.number else b for b in blocks]
    assert not promise_form(other, "nb")

    class _G:
        def __init__(self, text: str) -> None:
            self.text = text

    goals = [_G(g) for g in _GOALS]
    assert paraphrased_goal("Hva koster det?", goals) is None  # no goal said in other words


# --- extract: a small aim tag over each action

def _leaflet(tag_size: float) -> list[Block]:
    goals = ["Every bus stop in the borough will have a shelter and a seat",
             "Buses will run every fifteen minutes on the main routes in the daytime",
             "Passengers will know when the next bus comes at every stop"]
    blocks = [_block(0, BlockKind.heading, "Our aims", 11.0, top=0)]
    blocks += [_block(1 + i, BlockKind.paragraph, f"Aim {i + 1} {g}.", top=20.0 + 16 * i) for i, g in enumerate(goals)]
    blocks.append(_block(4, BlockKind.heading, "Actions", 11.0, top=80))
    actions = [("Aim 1", "Fit shelters at the twenty busiest stops", "Who: Transport Team · When: May 2061"),
               ("Aim 2", "Agree a new timetable with the operators", "Who: Bus Partnership · When: 2061"),
               ("Aims 2 and 3", "Put a live departure screen in each new shelter", "Who: Digital Team · When: 2062")]
    top, k = 100.0, 5
    for tag, action, fields in actions:
        blocks.append(_block(k, BlockKind.paragraph, tag, tag_size, top=top, x0=44.0, height=7.0, bold=True))
        blocks.append(_block(k + 1, BlockKind.heading, action, 10.0, top=top + 14, bold=True))
        blocks.append(_block(k + 2, BlockKind.paragraph, fields, 8.0, top=top + 30, height=8.0))
        top, k = top + 60, k + 3
    return blocks


def test_a_small_aim_tag_over_an_action_names_the_goals_it_serves():
    plan = _plan(_leaflet(7.0), "en")
    number_of = {g.id: g.number for g in plan.goals}
    links = {m.text[:20]: sorted(number_of[g] for g in m.goal_ids) for m in plan.measures}
    assert links == {"Fit shelters at the ": ["1"], "Agree a new timetabl": ["2"], "Put a live departure": ["2", "3"]}


def test_what_is_no_goal_tag():
    from plancheck.extract.goaltags import tag_numbers, tag_over_item

    assert tag_numbers("Aims 2 and 3") == ["2", "3"] and tag_numbers("Mål 2") == ["2"]
    assert tag_numbers("Page 2") == [] and tag_numbers("Aim 1 Every stop has a seat") == []
    blocks = _leaflet(10.0)  # set as large as the action: no tag
    assert not tag_over_item(blocks[5], blocks[6])
    far = blocks[6].model_copy(update={"provenance": blocks[6].provenance.model_copy(
        update={"bbox": BBox(x0=40, top=300, x1=500, bottom=312)})})
    assert not tag_over_item(_leaflet(7.0)[5], far)  # not right above it


# --- owners: a partner joined by 'with'

def test_an_english_owner_with_a_partners_proper_name_is_two_owners():
    from plancheck.lang.owners import split_owners

    assert [o.text for o in split_owners("Trading Standards with Northvale Retailers Forum", lang="en")] == [
        "Trading Standards", "Northvale Retailers Forum"]
    assert [o.text for o in split_owners("Parks Team with Friends of Orchard Park", lang="en")] == [
        "Parks Team", "Friends of Orchard Park"]
    # a service named for those it serves stays whole
    assert [o.text for o in split_owners("Adults with Learning Needs Team", lang="en")] == [
        "Adults with Learning Needs Team"]


# --- deadlines: a winter named by two years

def test_a_winter_named_by_two_years_starts_in_december_of_the_first():
    import datetime as dt

    from plancheck.lang.deadlines import parse_deadline

    d = parse_deadline("vinteren 2061/62")
    assert (d.start, d.end) == (dt.date(2061, 12, 1), dt.date(2062, 3, 31))
    before = parse_deadline("før vinteren 2061/62")
    assert before.end == dt.date(2061, 11, 30)
    assert parse_deadline("vinteren 2061").start == dt.date(2061, 1, 1)  # one year: as before
