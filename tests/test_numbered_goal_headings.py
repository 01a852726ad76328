"""A numbered heading that states an aim over the headings numbered under it ("2.1 Alla invånare
ska ha nära till en laddplats" over "2.1.1 Bygga …", "2.1.2 …") in a chapter whose title names
goals is their goal; so is the next heading of that series with no action under it ("2.5 …"
before "3 Uppföljning"). A heading that names a topic, or a chapter that names no goals, gives
no goal — hand-built blocks."""

from __future__ import annotations

from plancheck.extract.plan import build_plan
from plancheck.ingest.sections import build_sections
from plancheck.models import Block, BlockKind, Cell, Document, Provenance, Table

H, P = BlockKind.heading, BlockKind.paragraph


def _table(owner: str, when: str) -> Table:
    return Table(
        header=["Ansvarig", "Klart"],
        rows=[[Cell(row=0, col=0, text=owner, page=1), Cell(row=0, col=1, text=when, page=1)]],
        pages=[1],
    )


def _doc(spec: list) -> Document:
    blocks = []
    for k, item in enumerate(spec):
        if isinstance(item, Table):
            b = Block(id=f"b{k}", kind=BlockKind.table, text=" | ".join(item.header), table=item)
        else:
            kind, number, text = item
            level = number.count(".") + 1 if number else None
            b = Block(
                id=f"b{k}",
                kind=kind,
                text=text,
                number=number,
                level=level if kind == H else None,
                bold=kind == H,
            )
        b.provenance = Provenance(page=1, source_text=b.text)
        blocks.append(b)
    return Document(path="x.pdf", page_count=1, blocks=blocks, sections=build_sections(blocks))


def _plan(chapter: str, first: str, last: str):
    return build_plan(
        _doc(
            [
                (H, "2", chapter),
                (H, "2.1", first),
                (H, "2.1.1", "Bygga laddplatser vid pendlarparkeringarna"),
                (P, None, "Laddplatser byggs vid tre pendlarparkeringar, minst 40 platser."),
                _table("Tekniska förvaltningen", "2028"),
                (H, "2.1.2", "Visa laddplatserna på en karta på webbplatsen"),
                (P, None, "Kartan uppdateras automatiskt från det nationella registret."),
                _table("Kommunikationsavdelningen", "Hösten 2027"),
                (H, "2.2", last),
                (P, None, "Arbetet påbörjas under 2027 tillsammans med regionen."),
                (H, "3", "Uppföljning"),
                (P, None, "Planen följs upp varje år i miljöbokslutet."),
            ]
        ),
        lang="sv",
    )


def test_an_aim_over_numbered_action_headings_is_their_goal():
    plan = _plan(
        "Mål och åtgärder",
        "Alla invånare ska ha nära till en publik laddplats",
        "Det ska finnas laddning för tunga fordon",
    )
    goals = {g.number: g for g in plan.goals}
    assert set(goals) == {"2.1", "2.2"}
    assert len(plan.measures) == 2
    assert all(m.goal_ids == [goals["2.1"].id] for m in plan.measures)


def test_a_topic_heading_or_a_chapter_naming_no_goals_gives_no_goal():
    topic = _plan("Mål och åtgärder", "Publika laddplatser", "Tunga fordon")
    assert not topic.goals
    other = _plan(
        "Åtgärder",
        "Alla invånare ska ha nära till en publik laddplats",
        "Det ska finnas laddning för tunga fordon",
    )
    assert not any(g.number in ("2.1", "2.2") for g in other.goals)


def test_the_next_action_heading_of_the_series_without_its_table_is_an_action():
    plan = build_plan(_doc([
        (H, "2", "Mål och åtgärder"),
        (H, "2.1", "Boende i flerbostadshus ska kunna ladda bilen där de bor"),
        (H, "2.1.1", "Erbjuda rådgivning om laddning till bostadsrättsföreningar"),
        (P, None, "Rådgivningen omfattar teknik, elnät och upphandling."),
        _table("Energirådgivningen", "Löpande"),
        (H, "2.1.2", "Ställa krav på förberedelse för laddning i nya detaljplaner"),
        (P, None, "Parkeringen ska förberedas med tomrör så att laddplatser kan byggas senare."),
        (H, "2.1.3", "Installera laddplatser vid hyreshusen"),
        (P, None, "Bostadsbolaget installerar 60 laddplatser."),
        _table("Bostadsbolaget", "2029"),
        (H, "3", "Uppföljning"),
        (P, None, "Planen följs upp varje år."),
    ]), lang="sv")
    assert [m.number for m in plan.measures] == ["2.1.1", "2.1.2", "2.1.3"]
    second = plan.measures[1]
    assert not second.owners and second.deadline is None and second.has_owner_column
