"""A plan-management system's printout (Framsikt / Stratsys style): every item a block under a
breadcrumb of its place in the plan tree ('Goal 1 > Objective 1.1 > Action 1.1.1', the type
label under it), the item's text, then colonless metadata lines ('Responsible Parks Status On
track' / 'Starts … Due …'). The breadcrumb gives the next block its role and parent and is no
item; the metadata lines are the measure's fields; the words a deadline field prints when empty
name no owner either. Invented wording."""

from __future__ import annotations

from conftest import plan_of_blocks

from plancheck.extract.fields import metadata_fields
from plancheck.extract.roles import breadcrumb
from plancheck.models import Block, BlockKind

P, H = BlockKind.paragraph, BlockKind.heading


def test_a_breadcrumb_names_its_steps_and_the_next_items_role():
    assert breadcrumb("Goal 2 > Objective 2.1 > Action 2.1.3") == [("goal", "2"), ("sub_goal", "2.1"), ("measure", "2.1.3")]
    assert breadcrumb("Mål 4 › Delmål 4.2\nDELMÅL") == [("goal", "4"), ("sub_goal", "4.2")]
    assert breadcrumb("Mål 3 › Delmål 3.1 › Tiltak 3.1.2 TILTAK") == [("goal", "3"), ("sub_goal", "3.1"), ("measure", "3.1.2")]
    # one step counts only with a type label of the same role under it
    assert breadcrumb("Mål 4\nMÅL") == [("goal", "4")]
    assert breadcrumb("Mål 4") is None
    assert breadcrumb("Mål 4 › Delmål 4.1\nTILTAK") is None  # the type label names another role
    assert breadcrumb("Plan og utvikling / Servicetorget") is None


def test_metadata_lines_without_colons_are_fields_by_their_label_words():
    assert metadata_fields("Ansvarlig enhet Kultur, Bibliotek Status Pågår\nStartdato 01.02.2026 Sluttdato 31.12.2027") == [
        ("owner", "Kultur, Bibliotek"), ("status", "Pågår"), ("start", "01.02.2026"), ("deadline", "31.12.2027"),
    ]
    # a free comment line ends the fields; a line opening with no label is none
    assert metadata_fields("Frist 2027\nKommentar Oppstart utsatt")[0] == ("deadline", "2027")
    assert metadata_fields("Kultur og fritid arrangerer Status-møter") is None
    assert metadata_fields("Status Pågår") is None  # no owner or deadline among them


def _printout() -> list[Block]:
    return [
        Block(id="", kind=P, text="Goal 1\nGOAL", font_size=7.5),
        Block(id="", kind=H, level=3, text="Residents feel safe in the town centre at night", bold=True, font_size=10),
        Block(id="", kind=P, text="Goal 1 > Objective 1.1\nOBJECTIVE", font_size=7.5),
        Block(id="", kind=H, level=3, text="Fewer reported assaults in the town centre", bold=True, font_size=10),
        Block(id="", kind=P, text="Goal 1 > Objective 1.1 > Action 1.1.1\nACTION", font_size=7.5),
        Block(id="", kind=H, level=3, text="Install brighter street lighting along the harbour walk", bold=True, font_size=10),
        Block(id="", kind=P, text="Responsible Street Services Status On track\nStarts 01.03.2026 Due 31.10.2026", font_size=8.5),
        Block(id="", kind=P, text="Progress 40 %", font_size=8.5),
        Block(id="", kind=P, text="Goal 1 > Objective 1.1 > Action 1.1.2\nACTION", font_size=7.5),
        Block(id="", kind=H, level=3, text="Train door staff of late-night venues", bold=True, font_size=10),
        Block(id="", kind=P, text="Responsible Not set Status Not started\nStarts 01.01.2027 Due 30.06.2027", font_size=8.5),
        Block(id="", kind=P, text="Goal 1 > Objective 1.1 > Action 1.1.3\nACTION", font_size=7.5),
        Block(id="", kind=H, level=3, text="Map dark spots with residents on a night walk", bold=True, font_size=10),
        Block(id="", kind=P, text="Responsible Community Safety Status Not started\nStarts 01.01.2027 Due Not set", font_size=8.5),
    ]


def test_breadcrumb_blocks_give_roles_parents_and_fields():
    plan = plan_of_blocks(_printout(), "en")
    goals = {g.text: g for g in plan.goals}
    assert set(goals) == {"Residents feel safe in the town centre at night", "Fewer reported assaults in the town centre"}
    sub = goals["Fewer reported assaults in the town centre"]
    assert sub.kind == "sub_goal" and sub.parent_id == goals["Residents feel safe in the town centre at night"].id
    assert [m.text for m in plan.measures] == [
        "Install brighter street lighting along the harbour walk", "Train door staff of late-night venues",
        "Map dark spots with residents on a night walk",
    ]
    first, second, third = plan.measures
    assert first.goal_ids == second.goal_ids == third.goal_ids == [sub.id]
    assert [o.text for o in first.owners] == ["Street Services"] and first.deadline.text == "31.10.2026"
    # 'Not set', printed where a deadline field is empty (no time in it): no deadline, and in an
    # owner field no owner; the starting date is no deadline
    assert second.owners == [] and second.deadline.text == "30.06.2027"
    assert [o.text for o in third.owners] == ["Community Safety"] and third.deadline is None
