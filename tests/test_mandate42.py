"""Session 42: an order form's tick boxes, a box of key dates, an amendment's new point and a study put
off in the plan's own voice. Invented wordings (no corpus document holds them)."""

from __future__ import annotations

from plancheck.mandate.points import find_points

_FORM = [
    ("Kryss av for det planen skal inneholde:", 1),
    ("☒ En oversikt over badeplassene og deres vannkvalitet", 1),
    ("☐ En sammenligning med nabokommunene", 1),
    ("☒ Forslag til nye badebrygger med kostnad", 1),
    ("☐ En plan for badevakter", 1),
    ("☒ Tiltak for bedre tilgjengelighet for rullestolbrukere", 1),
]


def test_an_order_form_orders_only_its_ticked_rows() -> None:
    texts = [p.text for p in find_points(_FORM)]
    assert any("oversikt over badeplassene" in t for t in texts)
    assert any("badebrygger" in t for t in texts)
    assert not any("nabokommunene" in t for t in texts)
    assert not any("badevakter" in t for t in texts)


def test_a_checklist_of_open_boxes_only_is_a_list_of_points() -> None:
    lines = [(t.replace("☒", "☐"), p) for t, p in _FORM]
    texts = [p.text for p in find_points(lines)]
    assert any("nabokommunene" in t for t in texts)
    assert any("badevakter" in t for t in texts)


_BOX = [
    ("The review should:", 1),
    ("• map the town's public benches and their condition", 1),
    ("• ask older residents where they need somewhere to sit", 1),
    ("Key dates\nApril 2051: the project group meets for the first time\n"
     "June–July 2051: consultation with the older people's forum in\neach ward\n"
     "By 30 September 2051: draft review to the Communities\nCommittee", 1),
]


def test_a_key_dates_box_without_markers_gives_its_steps() -> None:
    texts = [p.text for p in find_points(_BOX)]
    assert "June–July 2051: consultation with the older people's forum in each ward" in texts
    assert "By 30 September 2051: draft review to the Communities Committee" in texts
    # the work's own start asks nothing of the plan
    assert not any("meets for the first time" in t for t in texts)


def test_without_its_heading_a_dated_line_is_no_timetable_step() -> None:
    box = [*_BOX[:3], (_BOX[3][0].replace("Key dates", "Notes"), 1)]
    assert not any("2051" in p.text for p in find_points(box))


def test_a_checklist_before_an_order_form_keeps_its_items() -> None:
    lines = [
        ("Arbeidsgruppen skal:", 1),
        ("☐ kartlegge badeplassene", 1),
        ("☐ foreslå nye badebrygger", 1),
        ("Medvirkning (kryss av)", 1),
        ("☒ Eldrerådet høres før planen sendes til utvalget", 1),
        ("☐ Folkemøte", 1),
    ]
    texts = [p.text for p in find_points(lines)]
    assert "kartlegge badeplassene" in texts and "foreslå nye badebrygger" in texts
    assert not any("Folkemøte" in t for t in texts)


def test_a_carried_amendment_adds_its_new_point_and_a_lost_one_none() -> None:
    lines = [
        ("Den reviderte planen skal:", 1),
        ("a) kartlegge badeplassene i kommunen", 1),
        ("b) foreslå nye badebrygger med kostnad", 1),
        ("Tilleggsforslag fra Venstre ble vedtatt med 20 mot 9 stemmer: nytt punkt c) «vurdere badevakter "
         "på de største strendene om sommeren». Tilleggsforslag fra Høyre falt med 4 mot 25 stemmer: nytt "
         "punkt d) «utrede salg av badeparken til en privat aktør».", 1),
    ]
    texts = [p.text for p in find_points(lines)]
    assert "vurdere badevakter på de største strendene om sommeren" in texts
    assert not any("privat aktør" in t for t in texts)


def test_a_study_the_plan_puts_off_in_its_own_voice_is_a_deferral() -> None:
    from plancheck.mandate.match import _deferral_re

    assert _deferral_re().search("Hva det betyr for køen ved badet, vurderer vi når sesongen er over.")
    assert _deferral_re().search("Vad det kostar utreder vi när anbudet är klart.")
    # a study done now, in the plan's voice, is no deferral
    assert not _deferral_re().search("Vi vurderer badevakter på stranda hver sommer.")
