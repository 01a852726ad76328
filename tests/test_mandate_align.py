"""Chapters aligned with mandate points in document order (plancheck/mandate/align.py), on
hand-built similarity tables and a hand-built plan."""

from __future__ import annotations

from plancheck.mandate.align import aligned_features, monotone_alignment


def test_each_point_takes_its_own_chapter_in_order():
    sim = [
        [0.6, 0.1, 0.0],
        [0.1, 0.5, 0.2],
        [0.0, 0.2, 0.4],
    ]
    assert monotone_alignment(sim, 0.15) == [0, 1, 2]


def test_order_beats_a_slightly_better_chapter_out_of_turn():
    # point 2 shares a little more with chapter 2, but point 3's chapter is chapter 1: in
    # turn, point 2 goes to chapter 1 (0.6 + 0.3 + 0.5 beats 0.6 + 0.35)
    sim = [
        [0.6, 0.0, 0.0],
        [0.0, 0.3, 0.35],
        [0.0, 0.5, 0.0],
    ]
    assert monotone_alignment(sim, 0.15) == [0, 1, 1]


def test_a_point_sharing_too_little_goes_to_no_chapter():
    sim = [[0.5, 0.0], [0.1, 0.05], [0.0, 0.6]]
    assert monotone_alignment(sim, 0.15) == [0, None, 1]


def test_a_point_out_of_order_is_dropped_rather_than_bend_the_others():
    # point 3 would take chapter 0, before the chapters of points 1 and 2: keeping it costs
    # more than it brings
    sim = [[0.0, 0.6, 0.0], [0.0, 0.0, 0.6], [0.3, 0.0, 0.0]]
    assert monotone_alignment(sim, 0.15) == [1, 2, None]


def test_two_points_may_share_a_chapter_and_empty_input_is_none():
    assert monotone_alignment([[0.5], [0.4]], 0.15) == [0, 0]
    assert monotone_alignment([], 0.15) == []
    assert monotone_alignment([[], []], 0.15) == [None, None]


def test_aligned_features_of_no_chapter_are_zero():
    f = aligned_features(0.0, True, [], 0.0)
    assert f == {
        "aligned_share": 0.0,
        "aligned_top": 0.0,
        "aligned_concern_min": 0.0,
        "aligned_concern_mean": 0.0,
        "aligned_heading": 0.0,
        "aligned_alone": 0.0,
    }
    g = aligned_features(0.5, True, [0.2, 0.6], 0.25)
    assert g["aligned_top"] == 1.0 and g["aligned_concern_min"] == 0.2
    assert abs(g["aligned_concern_mean"] - 0.4) < 1e-9


# ----------------------------------------------------------------------------- in the matcher


def _plan(chapters: list[tuple[str, list[str]]]):
    from plancheck.models import Passage, Plan, Section, SourceInfo

    sections, passages = [], []
    for i, (title, paras) in enumerate(chapters):
        sections.append(Section(id=f"s{i}", title=title, level=1, page=1))
        for k, t in enumerate(paras):
            passages.append(
                Passage(id=f"p{i}-{k}", kind="paragraph", text=t, page=1, section_id=f"s{i}")
            )
    return Plan(
        source=SourceInfo(path="p.pdf", format="pdf", sha256="", pages=1),
        title="Temaplan for friluftsliv",
        sections=sections,
        passages=passages,
    )


def test_the_matcher_aligns_chapters_with_points_in_turn():
    from plancheck.mandate import find_points
    from plancheck.mandate.match import MatchSettings, assess_points

    plan = _plan(
        [
            ("Stiene våre", ["Kommunen har 40 kilometer merkede turstier.", "Stiene ryddes hvert år."]),
            ("Parkering", ["Det mangler parkeringsplasser ved turstiene i Åsen.", "Vi lager to nye."]),
            ("Badeplassene", ["Badeplassene får nye toaletter og søppelkasser.", "Vannet prøves."]),
        ]
    )
    points = find_points(
        [
            "Mandat\n\n1. Beskrive turstiene og hvordan de vedlikeholdes\n"
            "2. Vurdere behovet for parkeringsplasser ved turstiene\n"
            "3. Beskrive badeplassene og fasilitetene der\n"
        ]
    )
    feats: list[dict[str, float]] = []
    assess_points(plan, points, "nb", settings=MatchSettings(calibrated=False), features_out=feats)
    assert len(feats) == 3
    assert all(f["aligned_share"] > 0 for f in feats)
    # each point has a chapter of its own, and it is the chapter holding most of its words
    assert all(f["aligned_alone"] == 1.0 and f["aligned_top"] == 1.0 for f in feats)
    # the third point's chapter restates its object in its heading
    assert feats[2]["aligned_heading"] > 0


def test_a_mandate_of_too_few_points_has_no_order_to_read():
    from plancheck.mandate import find_points
    from plancheck.mandate.match import MatchSettings, assess_points

    plan = _plan(
        [
            ("Stiene våre", ["Kommunen har 40 kilometer merkede turstier.", "Stiene ryddes hvert år."]),
            ("Parkering", ["Det mangler parkeringsplasser ved turstiene.", "Vi lager to nye."]),
        ]
    )
    points = find_points(["Mandat\n\n1. Beskrive turstiene og hvordan de vedlikeholdes\n"])
    feats: list[dict[str, float]] = []
    assess_points(plan, points, "nb", settings=MatchSettings(calibrated=False), features_out=feats)
    # one point is alone and first whatever it says: no evidence of a chapter written for it
    assert feats[0]["aligned_alone"] == 0.0 and feats[0]["aligned_share"] == 0.0
    feats = []
    settings = MatchSettings(calibrated=False, align_min_points=1)
    assess_points(plan, points, "nb", settings=settings, features_out=feats)
    assert feats[0]["aligned_alone"] == 1.0
