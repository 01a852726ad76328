"""Session 23 (mfind19): mandate forms and coverage traps of the nineteenth batch read by
general mechanisms. Texts, lines and plans built by hand (invented wording)."""

from __future__ import annotations

import test_mandate_support as support

from plancheck.mandate.match import DEFERRAL_RE, head_relation
from plancheck.mandate.points import Line, _table_lines, find_points

# ----------------------------------------------------------------------------- coverage


def test_relation_before_the_list_holds_for_every_party() -> None:
    """'hvordan X kan samordnes med A og B': a passage naming A and B together (with a third)
    and no coordination answers nothing of the point."""
    plan = support.make_plan(
        [
            (
                "Dagens tilbud",
                [
                    "Legevakten, hjemmesykepleien og fysioterapien ligger i dag i tre ulike "
                    "bygg i sentrum.",
                ],
            ),
            ("Kapasitet", ["Dagsenteret har plass til 30 brukere hver dag."]),
        ],
        "Plan for dagsenter for eldre",
    )
    (c,) = support.cover(
        plan, "Vurdere hvordan dagsenteret kan samordnes med legevakten og hjemmesykepleien."
    )
    assert c.status != "covered"
    t = head_relation("vurdere hvordan dagsenteret kan samordnes med legevakten og hjemmesykepleien", "nb")
    assert t is not None and t.lemma.startswith("samordne")
    # no relation word before the list: no relation asked of the items
    assert head_relation("beskrive tilbudet til legevakten og hjemmesykepleien", "nb") is None


def test_deed_put_off_until_the_plan_is_in_force_is_a_deferral() -> None:
    assert DEFERRAL_RE.search(
        "A noise survey will be done before the strategy comes into force."
    )
    assert DEFERRAL_RE.search("Ei kartlegging vil bli gjennomført før planen trer i kraft.")
    assert not DEFERRAL_RE.search("A noise survey was carried out in 2031.")


# ----------------------------------------------------------------------------- points


def _lines(*rows: tuple[str, float, bool]) -> list[Line]:
    return [Line(t, 1, indent, 11.0, False, None, gap) for t, indent, gap in rows]


def test_scope_list_and_numbered_deliverables_are_both_points_out_of_scope_none() -> None:
    lines = [
        Line("Scope", 1, 70.0, 16.0, True, True, True),
        Line("The study will cover:", 1, 70.0, 11.0, False, None, True),
        Line("• parking charges in the town centre", 1, 70.0, 11.0, False, None, False),
        Line("• loading bays for deliveries", 1, 70.0, 11.0, False, None, False),
        Line("• spaces for disabled drivers", 1, 70.0, 11.0, False, None, False),
        Line("Out of scope", 1, 70.0, 13.0, True, True, True),
        Line("• on-street parking in villages", 1, 70.0, 11.0, False, None, False),
        Line("• enforcement staffing", 1, 70.0, 11.0, False, None, False),
        Line("Deliverables", 1, 70.0, 16.0, True, True, True),
        Line("1. A draft parking strategy for 2030–2035.", 1, 70.0, 11.0, False, None, True),
        Line("2. A map of all car parks and their tariffs.", 1, 70.0, 11.0, False, None, False),
        Line("3. A report on the public engagement.", 1, 70.0, 11.0, False, None, False),
    ]
    pts = find_points(lines)
    texts = [p.text for p in pts if not p.number.startswith("S")]
    assert texts[:3] == [
        "parking charges in the town centre",
        "loading bays for deliveries",
        "spaces for disabled drivers",
    ]
    assert not any("villages" in t or "staffing" in t for t in texts)
    assert len(texts) == 6
    assert all(p.kind == "deliverable" for p in pts[3:6])


def test_inline_enumeration_over_sentences_with_present_tense_items() -> None:
    """'Planen skal 1) …, 2) … og 3) …. Når det gælder X, skal planen 4) … og 5) …. Endelig
    ønsker jeg, at planen 6) beskriver … og 7) vurderer …': one enumeration over three
    sentences; the sentences between items are prose, not part of an item."""
    text = (
        "Jeg beder jer udarbejde en ny plan. Planen skal 1) beskrive antallet af skader "
        "på vejene, 2) fastsætte mål for de næste fire år og 3) beskrive, hvordan "
        "vejene vedligeholdes om vinteren. Når det gælder cykelstierne, skal planen 4) "
        "redegøre for belysningen langs stierne og 5) udpege de strækninger, hvor der sker "
        "flest uheld. Vejdirektoratet har tilbudt hjælp. Endelig ønsker jeg, at planen 6) "
        "beskriver, hvordan borgerne kan melde huller i vejen og 7) vurderer brugen af salt "
        "om vinteren. Planen skal vedtages inden 1. december 2031."
    )
    words = text.split()
    rows = [" ".join(words[k : k + 13]) for k in range(0, len(words), 13)]
    lines = [Line(r, 1, 70.0, 11.0, False, None, k == 0) for k, r in enumerate(rows)]
    pts = find_points(lines)
    listed = [p for p in pts if not p.number.startswith("S")]
    assert [p.number for p in listed] == ["1", "2", "3", "4", "5", "6", "7"]
    assert listed[2].text.startswith("beskrive, hvordan vejene vedligeholdes")
    assert "cykelstierne" not in listed[2].text
    assert "Vejdirektoratet" not in listed[4].text
    assert listed[5].text.startswith("beskriver, hvordan borgerne")
    assert any(p.text.startswith("Planen skal vedtages") for p in pts)


def test_klart_column_gives_each_delivery_with_its_date_phase_label_left_out() -> None:
    rows = [
        ["Fas", "Leverans", "Klart"],
        ["1 Start", "Inventering av alla lekplatser i kommunen", "1 mars 2031"],
        ["", "Enkät till föräldrar i skolorna", "1 april 2031"],
        ["2 Förslag", "Förslag till upprustning med kostnad per lekplats", "1 juni 2031"],
    ]
    lines = _table_lines(rows, 1)
    assert [ln.text for ln in lines] == [
        "- Inventering av alla lekplatser i kommunen: 1 mars 2031",
        "- Enkät till föräldrar i skolorna: 1 april 2031",
        "- Förslag till upprustning med kostnad per lekplats: 1 juni 2031",
    ]


def test_planprogram_questions_under_theme_headings_are_all_points() -> None:
    lines = [
        Line("Planprogram for idrettsanlegg 2030–2040", 1, 70.0, 20.0, True, True, True),
        Line("Kva er eit planprogram?", 1, 70.0, 11.5, True, True, True),
        Line(
            "Eit planprogram gjer greie for kva planen skal svare på og korleis ein kan vere med.",
            1, 70.0, 11.0, False, None, False,
        ),
        Line("2 Spørsmål", 1, 70.0, 16.0, True, True, True),
        Line("2.1 Behov", 1, 70.0, 13.0, True, True, True),
        Line("• Kor mange hallar treng kommunen i 2040?", 1, 70.0, 11.0, False, None, False),
        Line("• Kva for idrettar manglar treningstid?", 1, 70.0, 11.0, False, None, False),
        Line("2.2 Stad", 1, 70.0, 13.0, True, True, True),
        Line("• Kvar bør ein ny hall liggje?", 1, 70.0, 11.0, False, None, False),
        Line("• Korleis kan anlegga nåast med buss?", 1, 70.0, 11.0, False, None, False),
        Line("2.3 Drift", 1, 70.0, 13.0, True, True, True),
        Line("• Kva vil drifta koste kvart år?", 1, 70.0, 11.0, False, None, False),
    ]
    pts = find_points(lines)
    assert [p.text for p in pts] == [
        "Kor mange hallar treng kommunen i 2040?",
        "Kva for idrettar manglar treningstid?",
        "Kvar bør ein ny hall liggje?",
        "Korleis kan anlegga nåast med buss?",
        "Kva vil drifta koste kvart år?",
    ]


def test_prose_requirements_of_the_final_proposal_and_a_check_with_a_body() -> None:
    from plancheck.mandate.points import is_requirement

    assert is_requirement("Endelig planforslag skal legges fram for bystyret innen 1. mai 2031.")
    assert is_requirement("The final policy must go to Cabinet by June 2031.")
    assert is_requirement("Projektledaren ska under arbetet stämma av förslagen med skolorna.")


def test_no_later_than_is_a_deadline_and_danish_asking_verbs_are_frame() -> None:
    from plancheck.mandate import text as T
    from plancheck.mandate.match import DEADLINE_PHRASE_RE

    m = DEADLINE_PHRASE_RE.search("The strategy must go to Cabinet no later than June 2031.")
    assert m is not None and m.group(0).startswith("no later than")
    # "udpege de steder, hvor …": the asking verb is the point's frame, not its object
    (t,) = [t for t in T.terms("udpege", "da") if not t.stop] or [None]
    assert t is None or t.generic


def test_list_opening_a_sentence_before_a_copula_is_in_passing() -> None:
    """'A, B og C er viktige tema': the items named as a group answer nothing of one of them;
    a list with a verb of its own says something of them."""
    from plancheck.mandate.match import LISTED_SUBJECT_RE

    plan = support.make_plan(
        [
            (
                "Arbeidsliv",
                ["Lærlinger, seniorer og deltid er sentrale spørsmål for kommunen som arbeidsgiver."],
            ),
            ("Bygg", ["Kommunen eier 40 bygg med et samlet areal på 90 000 kvadratmeter."]),
        ],
        "Arbeidsgiverstrategi for kommunen",
    )
    (c,) = support.cover(plan, "Beskrive hvordan kommunen kan ta inn flere lærlinger.")
    assert c.status != "covered"
    assert LISTED_SUBJECT_RE.match("Parking, loading and cycling are among the issues raised.")
    assert not LISTED_SUBJECT_RE.match("Skoler, barnehager og sykehjem får varer to ganger i uka.")


def test_table_row_date_judged_by_when_the_plan_says_it_was_done() -> None:
    """'Kartläggning av lekplatserna: 1 mars 2031' (a delivery table's row): the date is no
    word to find; a plan saying the survey was done after it answers the row in part, a plan
    that does not say when is judged on the content."""
    from plancheck.mandate.match import _concerns_of
    from plancheck.models import MandatePoint

    late = support.make_plan(
        [("Lekplatser", ["Inventeringen av alla lekplatser i kommunen gjordes i maj 2031."])],
        "Lekplatsplan",
    )
    undated = support.make_plan(
        [("Lekplatser", ["Vi har gjort en inventering av alla lekplatser i kommunen."])],
        "Lekplatsplan",
    )
    point = "Inventering av alla lekplatser i kommunen: 1 mars 2031"
    (c_late,) = support.cover(late, point, lang="sv")
    (c_undated,) = support.cover(undated, point, lang="sv")
    assert c_late.status == "partial"
    assert c_undated.status == "covered"
    p = MandatePoint(id="M1", number="1", text=point, concerns=[])
    concerns, _ctx = _concerns_of(p, "sv")
    assert all("2031" not in c.text for c in concerns)


def test_plan_with_dates_asks_for_the_dates_of_its_measures() -> None:
    """'A list of actions with dates' is two parts: the measures and their dates; a plan whose
    action table names leads but no dates answers it in part."""
    from plancheck.models import Measure, Owner

    plan = support.make_plan([("Parking", ["The council runs six car parks."])], "Parking strategy")
    plan.measures = [
        Measure(
            id=f"T{k}", text=t, page=2, owners=[Owner(text="Parking Team", kind="unit")],
            has_owner_column=True,
        )
        for k, t in enumerate(["Publish the new tariffs", "Repaint the bays"], start=1)
    ]
    from plancheck.mandate.match import assess_points
    from plancheck.models import MandatePoint

    p = MandatePoint(
        id="M1", number="1", text="A list of actions with dates.", concerns=[],
        kind="deliverable",
    )
    (c,) = assess_points(plan, [p], "en")
    assert c.status != "covered"


def test_breakdown_frame_is_no_word_to_find() -> None:
    """'… fordelt på skoler og barnehager': the split's frame is not sought, its classes are."""
    from plancheck.mandate.match import _concerns_of
    from plancheck.models import MandatePoint

    text = "Hvor mange elevplasser trengs med ny skolestruktur, fordelt på skoler og barnehager?"
    p = MandatePoint(
        id="M1", number="1", text=text, concerns=["fordelt på skoler", "barnehager"]
    )
    concerns, _ctx = _concerns_of(p, "nb")
    lemmas = {t.lemma for c in concerns for t in c.terms}
    assert not any(lem.startswith("fordel") for lem in lemmas)


def test_list_before_a_predicate_of_state_is_no_passing_list() -> None:
    from plancheck.mandate.match import LISTED_SUBJECT_RE

    assert not LISTED_SUBJECT_RE.match("Skolen, hallen og biblioteket er i god stand.")
    assert LISTED_SUBJECT_RE.match("Skolen, hallen og biblioteket er blant de viktigste temaene.")
