"""A goal numbered with its label ("Mål 3" in a 'Nr' cell) is the goal a goal-number column's "3"
names; and a council decision's amendments are applied to the draft it adopts."""

from __future__ import annotations

from plancheck.models import Goal, GoalKind


def _goals(numbers: list[str]) -> list[Goal]:
    return [Goal(id=f"goal-{i}", text=f"Mål nummer {i} skal nåast.", number=n, kind=GoalKind.goal, page=1)
            for i, n in enumerate(numbers, 1)]


def test_a_goal_numbered_with_its_label_is_found_by_its_bare_number():
    from plancheck.extract.link import listed_goals, match_goal, numbered

    goals = _goals(["Mål 1", "Mål 2", "Mål 3", "Mål 4"])
    assert [g.id for g in numbered(goals, "3")] == ["goal-3"]
    assert [g.id for g in listed_goals("3, 1", goals)] == ["goal-3", "goal-1"]
    assert match_goal("3", goals).id == "goal-3"  # type: ignore[union-attr]
    en = _goals(["Goal 1", "Goal 2"])
    assert [g.id for g in numbered(en, "2")] == ["goal-2"]
    # a word that is no goal label keeps the number apart ("Tiltak 3" is no goal 3)
    assert numbered(_goals(["Tiltak 3"]), "3") == []


# --------------------------------------------------------------------------- amendments


def _block(i: int, text: str, page: int, kind: str = "paragraph"):
    from plancheck.models import Block, BlockKind, Provenance

    return Block(id=f"b{i}", kind=BlockKind(kind), text=text, provenance=Provenance(page=page, source_text=text))


def _decision_doc(points: list[str], clause: str):
    from plancheck.models import Document

    blocks = [_block(0, "Vedtak", 1, "heading"), _block(1, clause, 1)]
    blocks += [_block(i + 2, p, 1, "list_item") for i, p in enumerate(points)]
    blocks.append(_block(99, "Planen", 2, "heading"))
    return Document(path="x.pdf", page_count=2, blocks=blocks)


def _draft_plan(lang: str = "nb"):
    from plancheck.lang.deadlines import parse_deadline
    from plancheck.lang.owners import split_owners
    from plancheck.models import Measure, Plan, SourceInfo

    plan = Plan(source=SourceInfo(path="x.pdf", format="pdf", sha256="0", pages=2), language=lang,
                goals=_goals(["1", "2"]))
    rows = [("1.1", "Opprette en veiledningsskranke", "Biblioteket", "2026", "goal-1"),
            ("1.2", "Lage en veiledningstelefon", "Servicetorget", "2027", "goal-1"),
            ("2.1", "Holde kurs i nettbank", "Kultur og fritid", "2027", "goal-2")]
    for i, (num, text, owner, deadline, goal) in enumerate(rows, 1):
        plan.measures.append(Measure(id=f"measure-{i}", text=text, number=num, page=2, goal_ids=[goal],
                                     owners=split_owners(owner, lang=lang), owner_text=owner,
                                     deadline=parse_deadline(deadline, lang=lang)))
    return plan


def test_a_decision_amends_the_draft_it_adopts():
    from plancheck.extract.amendments import apply_amendments

    plan = _draft_plan()
    doc = _decision_doc(["Tiltak 1.2 utgår.", "Fristen for tiltak 2.1 endres fra 2027 til 2026.",
                         "Ansvaret for tiltak 1.1 flyttes fra Biblioteket til Frivilligsentralen.",
                         "Nytt tiltak 2.2 under mål 2: Kartlegge hvem som ikke bruker digitale tjenester. "
                         "Ansvar: Helse og omsorg. Frist: 2027.",
                         "Planen evalueres høsten 2028."],
                        "Handlingsplanen vedtas med disse endringene:")
    apply_amendments(plan, doc)
    by_num = {m.number: m for m in plan.measures}
    assert "1.2" not in by_num
    assert by_num["2.1"].deadline.text == "2026"  # type: ignore[union-attr]
    assert [o.text for o in by_num["1.1"].owners] == ["Frivilligsentralen"]
    new = by_num["2.2"]
    assert (new.text, new.page, new.goal_ids) == ("Kartlegge hvem som ikke bruker digitale tjenester", 1, ["goal-2"])
    assert [o.text for o in new.owners] == ["Helse og omsorg"] and new.deadline.text == "2027"  # type: ignore[union-attr]
    assert [(a.kind, a.measure_number, a.provenance.page) for a in plan.amendments] == [
        ("delete", "1.2", 1), ("deadline", "2.1", 1), ("owner", "1.1", 1), ("new", "2.2", 1)]


def test_amendments_read_in_every_language():
    from plancheck.extract.amendments import read_amendment

    b = _block(0, "", 1)
    cases = {
        "a) Tiltak 2.2 vert stroke.": ("delete", "2.2"),
        "Stryk tiltak 3.1.": ("delete", "3.1"),
        "1. Åtgärd 1.2 utgår.": ("delete", "1.2"),
        "Indsats 4.1 udgår.": ("delete", "4.1"),
        "(e) Action 4.1 is deleted.": ("delete", "4.1"),
        "Fristen for tiltak 1.2 vert endra frå 2028 til 2027.": ("deadline", "1.2"),
        "Tidplanen för åtgärd 1.3 ändras från 2031 till 2029.": ("deadline", "1.3"),
        "Tidsfristen for indsats 2.1 ændres fra 2027 til 2028.": ("deadline", "2.1"),
        "The deadline for action 2.1 is amended to read March 2027.": ("deadline", "2.1"),
        "Ansvaret för åtgärd 2.1 flyttas från A till B.": ("owner", "2.1"),
        "Responsibility for action 2.2 is transferred from Highways to Public Health.": ("owner", "2.2"),
        "Ny åtgärd 2.3 under mål 2: Ta fram en karta. Ansvarig: X. Klart: 2027.": ("new", "2.3"),
        "A new action 3.3 is added under Goal 3: Install cycle parking. Lead: Estates.": ("new", "3.3"),
    }
    for text, want in cases.items():
        read = read_amendment(text, b)
        assert read is not None and (read.kind, read.number) == want, text
    # a sentence of the plan itself, or a decision point that amends nothing, is no amendment
    for text in ["Tiltak 4.4 utgår fra strategien som ble vedtatt i 2019 og videreføres ikke i denne planen.",
                 "Planen evalueres høsten 2028.", "Tiltaket skal gjennomføres i 2027."]:
        assert read_amendment(text, b) is None, text


def test_an_amendment_that_cannot_be_addressed_changes_nothing():
    from plancheck.extract.amendments import apply_amendments

    plan = _draft_plan()
    before = plan.model_dump()
    doc = _decision_doc(["Tiltak 5.1 utgår.",  # no such measure
                         "Frist for tiltak 2.1 endres fra 2029 til 2026.",  # the draft says 2027
                         "Ansvaret for tiltak 1.1 flyttes fra Servicetorget til NAV.",  # the draft says Biblioteket
                         "Nytt tiltak 1.2 under mål 1: Noe nytt. Ansvar: NAV.",  # 1.2 exists
                         "Nytt tiltak 9.1 under mål 9: Noe annet. Ansvar: NAV."],  # no goal 9
                        "Handlingsplanen vedtas med disse endringene:")
    apply_amendments(plan, doc)
    assert plan.model_dump() == before
    # the same points with no clause that adopts the plan with amendments: nothing is read
    plan = _draft_plan()
    apply_amendments(plan, _decision_doc(["Tiltak 1.2 utgår."], "Kommunestyret tar saken til orientering."))
    assert plan.model_dump() == before


def test_a_measure_struck_by_the_decision_leaves_no_numbering_gap():
    from plancheck.drafts import numbering_problems
    from plancheck.extract.amendments import apply_amendments

    plan = _draft_plan()
    plan.measures.insert(2, plan.measures[1].model_copy(update={"id": "measure-9", "number": "1.3", "text": "Noe tredje"}))
    doc = _decision_doc(["Tiltak 1.2 utgår."], "Handlingsplanen vedtas med disse endringene:")
    apply_amendments(plan, doc)
    assert [m.number for m in plan.measures] == ["1.1", "1.3", "2.1"]
    assert not [d for d in numbering_problems(plan) if d.rule == "numbering-gap"]
    plan.amendments = []
    assert [d for d in numbering_problems(plan) if d.rule == "numbering-gap"]  # without the decision: a gap


def test_the_deadline_changed_from_may_be_written_as_the_same_time():
    from plancheck.extract.amendments import apply_amendments
    from plancheck.lang.deadlines import parse_deadline

    plan = _draft_plan()
    plan.measures[2].deadline = parse_deadline("Innen 2027", lang="nb")
    apply_amendments(plan, _decision_doc(["Frist for tiltak 2.1 endres fra 2027 til 2028."],
                                         "Planen vedtas med følgende endringer:"))
    assert plan.measures[2].deadline.text == "2028"  # type: ignore[union-attr]


def test_amendments_written_on_in_the_paragraph_of_the_clause():
    from plancheck.extract.amendments import apply_amendments

    plan = _draft_plan()
    clause = ("Planen vedtas med følgende endringer: Tiltak 1.2 utgår. Fristen for tiltak 2.1 endres fra 2027 "
              "til 2026. Nytt tiltak 2.2 under mål 2: Lage en brosjyre. Ansvar: Servicetorget. Frist: 2026.")
    apply_amendments(plan, _decision_doc([], clause))
    by_num = {m.number: m for m in plan.measures}
    assert "1.2" not in by_num and by_num["2.1"].deadline.text == "2026"  # type: ignore[union-attr]
    assert (by_num["2.2"].text, by_num["2.2"].owner_text) == ("Lage en brosjyre", "Servicetorget")
