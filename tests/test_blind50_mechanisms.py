"""Forms of session 45 (blind batch 50), made general, on hand-built inputs with invented wording:
a plan kept as a wiki page and printed from the browser (goals in titled panels, measure tables in
captioned expand boxes found as one grid, @-mentions as owners, the page tree, the application's
frame drawn round the page), posts on an online pinboard (a post's byline), 'Slik vil vi arbeide'
over 'Vi vil …' strategies, and notes left in a draft ('[… kjem i …]', Danish 'tjek')."""

from __future__ import annotations

from conftest import plan_of_blocks, table_of

from plancheck.drafts import leftovers_in
from plancheck.extract.pagechrome import navigation_tree, post_byline
from plancheck.extract.roles import goal_reference, heading_role
from plancheck.extract.tables import stacked_tables
from plancheck.lang.owners import split_owners
from plancheck.layout.tables import innermost_boxes
from plancheck.models import Block, BlockKind


def _b(kind: BlockKind, text: str, level: int | None = None, table=None) -> Block:
    return Block(id="", kind=kind, text=text, level=level, table=table)


# ----------------------------------------------------------------- goals in titled panels


def _panel_plan(sentence: str, more: bool = False):
    blocks = [
        _b(BlockKind.heading, "Handlingsplan for friluftsliv 2030–2033", 1),
        _b(BlockKind.heading, "Mål", 1),
        _b(BlockKind.heading, "Mål 1: Turstier nær alle", 3),
        _b(BlockKind.paragraph, sentence),
    ]
    if more:
        blocks.append(_b(BlockKind.paragraph, "Dette er bakgrunnen for målet, som utvalget drøftet i fjor."))
    blocks += [
        _b(BlockKind.heading, "Mål 2: Rene badeplasser", 3),
        _b(BlockKind.paragraph, "Alle offentlige badeplasser skal ha godkjent vannkvalitet hele sommeren"),
    ]
    return plan_of_blocks(blocks, "nb")


def test_a_goal_sentence_alone_under_a_short_goal_title_is_the_goal():
    plan = _panel_plan("Alle innbyggere skal ha under femten minutter å gå til en merket tursti")
    assert [g.text for g in plan.goals] == [
        "Alle innbyggere skal ha under femten minutter å gå til en merket tursti",
        "Alle offentlige badeplasser skal ha godkjent vannkvalitet hele sommeren",
    ]
    assert [g.number for g in plan.goals] == ["1", "2"]


def test_a_goal_title_over_several_paragraphs_keeps_its_own_words():
    plan = _panel_plan("Alle innbyggere skal ha under femten minutter å gå til en merket tursti", more=True)
    assert plan.goals[0].text == "Turstier nær alle"


# ----------------------------------------------------------------- captioned tables found as one grid


_HEAD = ["Nr", "Tiltak", "Ansvarlig", "", "Frist"]


def _stacked():
    return table_of(_HEAD, [
        ["1.1", "Rydde stien langs elva", "Park og idrett", "", "Høst 2030"],
        ["Tiltak", "for mål 2: Rene badeplasser", "", "", ""],
        ["Nr", "Tiltak", "", "Ansvarlig", "Frist"],
        ["2.1", "Ta vannprøver hver uke i juli", "", "Miljøtjenesten", "2031"],
        ["2.2", "Sette opp nye toaletter ved stranda", "", "Eiendom", "Vår 2031"],
    ])


def test_a_grid_holding_a_caption_and_its_header_again_is_two_tables():
    parts = stacked_tables(_stacked())
    assert [c for c, _t in parts] == [None, "Tiltak for mål 2: Rene badeplasser"]
    first, second = parts[0][1], parts[1][1]
    assert [r[1].text for r in first.rows] == ["Rydde stien langs elva"]
    assert second.header == ["Nr", "Tiltak", "", "Ansvarlig", "Frist"]
    assert [r[3].text for r in second.rows] == ["Miljøtjenesten", "Eiendom"]


def test_a_header_repeated_after_a_page_break_with_no_caption_is_one_table():
    table = table_of(_HEAD, [["1.1", "Rydde stien", "Park", "", "2030"], _HEAD, ["1.2", "Merke stien", "Park", "", "2031"]])
    assert len(stacked_tables(table)) == 1


def test_a_caption_behind_a_fold_triangle_names_the_goal_its_table_serves():
    assert goal_reference("▾ Tiltak for mål 2: Rene badeplasser") == ("measure", ["2"], True)
    table = table_of(["Nr", "Tiltak", "Ansvarlig", "Frist"], [
        ["2.1", "Ta vannprøver hver uke i juli", "Miljøtjenesten", "2031"],
        ["2.2", "Sette opp nye toaletter ved stranda", "Eiendom", "Vår 2031"],
    ])
    plan = plan_of_blocks([
        _b(BlockKind.heading, "Handlingsplan for friluftsliv 2030–2033", 1),
        _b(BlockKind.heading, "Mål", 1),
        _b(BlockKind.list_item, "Mål 1: Alle innbyggere skal ha en merket tursti nær hjemmet."),
        _b(BlockKind.list_item, "Mål 2: Alle badeplasser skal ha godkjent vannkvalitet."),
        _b(BlockKind.heading, "Tiltak", 1),
        _b(BlockKind.paragraph, "▾ Tiltak for mål 2: Rene badeplasser"),
        _b(BlockKind.table, "", table=table),
    ], "nb")
    goal2 = next(g for g in plan.goals if g.number == "2")
    assert len(plan.measures) == 2
    assert all(m.goal_ids == [goal2.id] for m in plan.measures)


# ----------------------------------------------------------------- the application around the page


def test_a_frame_round_the_page_holding_tables_is_no_table_whose_cells_hold_items():
    frame, props, panel = (20.0, 30.0, 570.0, 800.0), (180.0, 120.0, 560.0, 220.0), (180.0, 700.0, 560.0, 760.0)
    assert innermost_boxes([frame, props, panel]) == [props, panel]
    assert innermost_boxes([props]) == [props]


def test_an_at_mention_owner_is_the_person():
    assert [o.text for o in split_owners("@Siv Lunde")] == ["Siv Lunde"]
    assert [o.text for o in split_owners("@Siv Lunde og Kulturkontoret")] == ["Siv Lunde", "Kulturkontoret"]


def test_a_page_tree_is_no_item_and_one_fold_triangle_is_a_caption():
    assert navigation_tree("SIDER ▾ Veg ▾ Planer Trafikkplan 2019 (arkiv) ▸ Referater ▸ Avtaler")
    assert not navigation_tree("▾ Tiltak for mål 3: Tryggere kryss")
    plan = plan_of_blocks([
        _b(BlockKind.heading, "Trafikksikkerhetsplan 2030–2033", 1),
        _b(BlockKind.paragraph, "SIDER ▾ Veg ▾ Planer Trafikkplan 2019 (arkiv) ▸ Referater fra møter ▸ Avtaler"),
        _b(BlockKind.heading, "Tiltak", 1),
        _b(BlockKind.list_item, "Bygge fortau langs skolevegen (ansvar: Vegavdelingen, frist: 2031)"),
    ], "nb")
    assert [m.text for m in plan.measures] == ["Bygge fortau langs skolevegen"]


def test_a_posts_byline_is_no_goal():
    assert post_byline("Tom Ellis · 3 Mar 2029 · 12 likes", "en")
    assert post_byline("Tom Ellis · 3 Mar 2029 · 2 likes · 4 comments", "en")
    assert post_byline("Per Holm · 3. mars 2029 · 5 min lesing", "nb")
    assert not post_byline("Lead: Parks team · By: March 2029", "en")
    assert not post_byline("Tom Ellis · 3 Mar 2029", "en")
    blocks = [_b(BlockKind.heading, "Green Streets Plan 2029–2032", 1)]
    for aim, action in [("Every street in the town has a tree within fifty metres", "Plant 300 street trees"),
                        ("Every school has a garden the pupils help to grow", "Build raised beds at four schools")]:
        blocks += [
            _b(BlockKind.heading, "Our aim", 2),
            _b(BlockKind.paragraph, aim),
            _b(BlockKind.paragraph, "Tom Ellis · 3 Mar 2029 · 12 likes"),
            _b(BlockKind.heading, action, 2),
            _b(BlockKind.table, "", table=table_of(["Lead", "By"], [["Parks team", "March 2030"]])),
            _b(BlockKind.paragraph, "Tom Ellis · 4 Mar 2029 · 3 likes"),
        ]
    plan = plan_of_blocks(blocks, "en")
    assert not any("likes" in g.text for g in plan.goals)


# ----------------------------------------------------------------- strategies and leftovers


def test_slik_vil_vi_arbeide_leads_the_vi_vil_strategies_of_a_goal():
    assert heading_role("Slik vil vi arbeide")[0] == "strategy"
    plan = plan_of_blocks([
        _b(BlockKind.heading, "Plan for fysisk aktivitet 2030–2033", 1),
        _b(BlockKind.paragraph, "MÅL 1"),
        _b(BlockKind.heading, "Eg får vere ute og leike kvar dag.", 4),
        _b(BlockKind.heading, "Slik vil vi arbeide", 5),
        _b(BlockKind.list_item, "Vi vil bruke nærmiljøet som læringsarena i alle fag."),
        _b(BlockKind.list_item, "Vi vil gi dei tilsette kurs i uteleik."),
        _b(BlockKind.table, "", table=table_of(["Nr", "Tiltak", "Ansvarleg", "Når"],
                                                [["1.1", "Byggje ein gapahuk ved skulen", "Eigedom", "2031"]])),
    ], "nn")
    assert [s.text for s in plan.strategies] == [
        "Vi vil bruke nærmiljøet som læringsarena i alle fag.",
        "Vi vil gi dei tilsette kurs i uteleik.",
    ]


def test_a_bracket_saying_what_is_still_to_come_is_a_leftover():
    assert [f[2] for f in leftovers_in("Deltaking: 61 % (2028). [svar frå 2029 kjem i oktober]")] == [
        "[svar frå 2029 kjem i oktober]"]
    assert [f[2] for f in leftovers_in("Andel: 40 % [figures for 2029 to come]")] == ["[figures for 2029 to come]"]
    assert leftovers_in("Se tabellen [Hansen 2029]") == []


def test_a_danish_note_to_check_is_a_leftover():
    text = "Andel elever der kan svømme: 72 % (Jens: tjek tallet for 2029 med klubben)"
    assert [f[2] for f in leftovers_in(text)] == ["(Jens: tjek tallet for 2029 med klubben)"]
    assert leftovers_in("Ansvar (Kultur og Fritid, 2029)") == []


def test_a_note_stamped_draft_that_asks_for_a_check_is_a_leftover_and_a_stamped_title_is_not():
    assert [f[2] for f in leftovers_in("DRAFT – Owen to confirm the budget with Finance first")] == [
        "DRAFT – Owen to confirm the budget with Finance first"]
    assert leftovers_in("DRAFT – Green Streets Plan 2029–2032") == []


# ----------------------------------------------------------------- posts each with their fields


def _posts():
    blocks = [_b(BlockKind.heading, "Green Streets Plan 2029–2032", 1), _b(BlockKind.heading, "Our aim", 2),
              _b(BlockKind.paragraph, "Every street in the town has a tree within fifty metres")]
    for action, lead, by in [("Plant 300 street trees", "Parks team", "March 2030"),
                             ("Map every empty tree pit", "Highways", "2030"),
                             ("Run a tree-sponsor scheme for residents", "Parks team", "")]:
        head = ["Lead", "Deadline"] if by else ["Lead"]
        fields = table_of(head, [[lead, by] if by else [lead]])
        fields.ruled = False  # 'Lead: …' / 'Deadline: …' lines read as a one-row table
        blocks += [_b(BlockKind.heading, action, 2), _b(BlockKind.table, "", table=fields)]
    return plan_of_blocks(blocks, "en")


def test_an_item_whose_own_fields_lack_a_deadline_among_items_that_have_one_lacks_a_deadline():
    plan = _posts()
    assert len(plan.measures) == 3
    last = next(m for m in plan.measures if m.text.startswith("Run a tree-sponsor"))
    assert last.deadline is None and last.has_deadline_column


def test_a_count_of_comments_numbered_like_a_chapter_is_no_chapter():
    from plancheck.drafts import numbering_problems

    blocks = [_b(BlockKind.heading, "Handlingsplan for kart 2030–2033", 1)]
    for k, title in enumerate(["Bakgrunn", "Mål", "Tiltak", "Oppfølging"], 1):
        blocks += [Block(id="", kind=BlockKind.heading, level=1, number=str(k), text=title),
                   _b(BlockKind.paragraph, f"Tekst om {title.lower()} som utvalget har skrevet.")]
    blocks.append(Block(id="", kind=BlockKind.heading, level=1, number="2", text="kommentarer"))
    plan = plan_of_blocks(blocks, "nb")
    assert not [d for d in numbering_problems(plan) if d.rule == "numbering-duplicate"]
