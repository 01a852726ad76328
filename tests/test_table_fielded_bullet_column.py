"""A table whose column heads name no role ('Dette gjer staten | Dette gjer vi i kommunen', 'What
the government does | What we will do') and whose cells hold bullets: the bullets of a column
that say who and when ('• … Ansvar: X. Frist: Y') are the plan's measures, under the goal above
the table; a column of bullets without such fields (what others do, context) holds none."""

from __future__ import annotations

from plancheck.models import Block, BlockKind, Cell, Table
from tests.conftest import plan_of_blocks


def _table(left: str, right: str, heads: tuple[str, str]) -> Block:
    table = Table(header=list(heads), rows=[[Cell(row=0, col=0, text=left), Cell(row=0, col=1, text=right)]])
    return Block(id="", kind=BlockKind.table, text=" | ".join(heads), table=table)


HEADS_NN = ("Dette gjer staten", "Dette gjer vi i Fjordvik")


def test_the_column_whose_bullets_say_who_and_when_holds_the_measures():
    plan = plan_of_blocks([
        Block(id="", kind=BlockKind.heading, text="Mål 1: Fleire unge skal velje helsefag", level=2),
        _table("• Helsedirektoratet driv ein kampanje retta mot ungdom. • Departementet aukar talet på studieplassar.",
               "• Tilby sommarjobb i heimetenesta. Ansvar: Heimetenesta. Frist: kvar sommar "
               "• Opprette lærlingplassar i alle institusjonar. Ansvar: Personal og organisasjon. Frist: 2027 "
               "• Besøkje ungdomsskulane med helsefagarbeidarar. Frist: hausten 2026", HEADS_NN),
    ], "nn")
    assert [g.text for g in plan.goals] == ["Fleire unge skal velje helsefag"]
    got = {m.text: m for m in plan.measures}
    assert set(got) == {"Tilby sommarjobb i heimetenesta", "Opprette lærlingplassar i alle institusjonar",
                        "Besøkje ungdomsskulane med helsefagarbeidarar"}
    m = got["Opprette lærlingplassar i alle institusjonar"]
    assert ([o.text for o in m.owners], m.deadline.text, m.goal_ids) == (["Personal og organisasjon"], "2027",
                                                                          [plan.goals[0].id])
    assert got["Besøkje ungdomsskulane med helsefagarbeidarar"].owners == []


def test_bullets_without_who_and_when_in_a_table_of_no_role_are_no_measures():
    plan = plan_of_blocks([
        Block(id="", kind=BlockKind.heading, text="Mål 1: Fleire unge skal velje helsefag", level=2),
        _table("• Helsedirektoratet driv ein kampanje retta mot ungdom. • Departementet aukar studieplassane.",
               "• Mange unge veit lite om helsefaga. • Få søkjer seg til helsefag på vidaregåande.",
               ("Dette gjer staten", "Dette ser vi i Fjordvik")),
    ], "nn")
    assert plan.measures == []


def test_dates_in_the_bullets_do_not_hide_the_measures():
    """The dates the fields hold make the column read as a deadline column by its content; its
    head names no role, so its bullets are still measures (a second table under the next goal
    as well, after the first taught the document its column)."""
    right = ("• Innføre langvakter på sjukeheimen. Ansvar: Sjukeheimen. Frist: 2027 "
             "• Lage ein turnusbank. Ansvar: Personal og organisasjon. Frist: 1.6.2027")
    plan = plan_of_blocks([
        Block(id="", kind=BlockKind.heading, text="Mål 1: Fleire tilsette skal arbeide heiltid", level=2),
        _table("• Staten og KS har inngått ei heiltidserklæring.", right, HEADS_NN),
        Block(id="", kind=BlockKind.heading, text="Mål 2: Fleire skal bli verande i yrket", level=2),
        _table("• Helsedirektoratet gir tilskot til kompetanseheving.",
               "• Gi alle nytilsette ein fadder. Ansvar: Einingsleiarane. Frist: 2026 "
               "• Søkje tilskot til vidareutdanning. Ansvar: Kommunalsjefen. Frist: våren 2027", HEADS_NN),
    ], "nn")
    by_goal = {g.text: [m.text for m in plan.measures if g.id in m.goal_ids] for g in plan.goals}
    assert by_goal == {
        "Fleire tilsette skal arbeide heiltid": ["Innføre langvakter på sjukeheimen", "Lage ein turnusbank"],
        "Fleire skal bli verande i yrket": ["Gi alle nytilsette ein fadder", "Søkje tilskot til vidareutdanning"],
    }


def test_a_bullet_without_its_owner_field_lacks_an_owner():
    plan = plan_of_blocks([
        Block(id="", kind=BlockKind.heading, text="Mål 1: Fleire unge skal velje helsefag", level=2),
        _table("• Helsedirektoratet driv ein kampanje retta mot ungdom.",
               "• Opprette lærlingplassar. Ansvar: Personal og organisasjon. Frist: 2027 "
               "• Besøkje ungdomsskulane med helsefagarbeidarar. Frist: hausten 2026", HEADS_NN),
    ], "nn")
    assert all(m.has_owner_column and m.has_deadline_column for m in plan.measures)


def test_a_head_naming_the_plans_own_column_is_read_the_same_way():
    """'What the Government is doing | What we will do': the second head is a measure column word,
    but no head names an owner or a deadline column; the fields in the bullets say who and when."""
    plan = plan_of_blocks([
        Block(id="", kind=BlockKind.heading, text="Outcome 2: Council buildings use less energy", level=2),
        _table("• The Public Sector Decarbonisation Scheme offers capital grants.",
               "• Install heat pumps in the leisure centres. Lead: Property Services. Due: 2027 "
               "• Switch all street lights to LED. Lead: Highways. Due: 2026",
               ("What the Government is doing", "What we will do")),
    ], "en")
    got = {m.text: m for m in plan.measures}
    assert set(got) == {"Install heat pumps in the leisure centres", "Switch all street lights to LED"}
    assert [o.text for o in got["Switch all street lights to LED"].owners] == ["Highways"]
