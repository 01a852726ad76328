"""Session 51, m57read: the point reader's mechanisms for mandates-blind57's forms, on small
hand-built inputs with invented wording (no gold document's phrase)."""

from __future__ import annotations

from plancheck.mandate.points import Line, find_points, is_requirement

BODY = 10.0


def _ln(text: str, page: int = 1, indent: float = 60.0, *, bold: bool = False, size: float = BODY,
        gap: bool = False, right: float | None = None) -> Line:
    return Line(text, page, indent, size, bold, None, gap, right=right, edge=520.0 if right else None)


def test_glued_numbers_run_over_a_page_break() -> None:
    # "1.planlegge …" typed with no space after the number, the list going on over the page
    # break (the next page's margin a little further in)
    lines = [
        _ln("Rapport om vedlikehald av kaiene", size=18, bold=True, gap=True),
        _ln("Hamnesjefen skal lage ein tiltaksplan for kaiene i hamna."),
        _ln("Tiltaksplanen skal"),
        _ln("1.kartleggje skadane på kvar kai og kor raskt dei veks, med bilete frå", indent=66),
        _ln("dykkarane;", indent=80),
        _ln("2.prioritere kaiene etter kor mykje dei blir brukte;", page=2, indent=72, gap=True),
        _ln("3.vise kva kvart tiltak kostar;", page=2, indent=72),
        _ln("4.gjere greie for korleis arbeidet blir følgt opp.", page=2, indent=72),
    ]
    texts = [p.text for p in find_points(lines) if not p.number.startswith("S")]
    assert [t.split()[0] for t in texts] == ["kartleggje", "prioritere", "vise", "gjere"]
    assert texts[0].endswith("bilete frå dykkarane")


def test_told_lists_beside_the_list_asked_for() -> None:
    # a duty's contents under a lead-in that tells, and measures already taken (sentences
    # under a heading), beside the list the lead-in "Planen skal" asks for
    lines = [
        _ln("Avtale om drift av fergekaia", size=18, bold=True, gap=True),
        _ln("Driftsleiaren har ansvar for kaia. Det inneber mellom anna:"),
        _ln("• tilsyn med fendrane kvar veke"),
        _ln("• kontakt med reiarlaget om rutetidene"),
        _ln("• rapport om avvik til hamnesjefen"),
        _ln("Tiltak som alt er gjorde", bold=True, size=10.5, gap=True),
        _ln("• Rekkverket på den nordre kaia vart skifta i mars."),
        _ln("• Lyset på venterommet er reparert etter klagene."),
        _ln("Fornying av kaia i år", bold=True, size=10.5, gap=True),
        # (the lead-in ends well short of the text's right edge: its sentence goes on in the items)
        _ln("Driftsleiaren skal lage ein plan for fornying av kaia. Planen skal", right=380.0),
        _ln("• vise tilstanden til kaidekket og fendrane"),
        _ln("• rangere tiltaka etter tryggleik for passasjerane"),
        _ln("• gje eit kostnadsoverslag for kvart tiltak"),
    ]
    listed = [p.text for p in find_points(lines) if not p.number.startswith("S")]
    assert [t.split()[0] for t in listed] == ["vise", "rangere", "gje"]


def _recommendations() -> list[Line]:
    return [
        _ln("Learning Review: the riverside flats", size=18, bold=True, gap=True),
        _ln("2. Recommendations", size=13, bold=True, gap=True),
        _ln("Recommendation 1 (Tenancy Services)", bold=True, size=10.5),
        _ln("Tenancy Services should check the smoke alarms in every flat it lets each year."),
        _ln("Recommendation 2 (Northvale Water Company)", bold=True, size=10.5),
        _ln("The Water Company should publish its repair times for burst mains."),
        _ln("Recommendation 3 (Tenancy Services and the Community Wardens)", bold=True, size=10.5),
        _ln("Tenancy Services, with the wardens, should visit tenants who have not answered", page=1),
        _ln("letters for three months.", page=2, gap=True),
        _ln("Recommendation 4 (All partners)", bold=True, size=10.5, page=2),
        _ln("All partners should train their staff to recognise damp in a tenant's home.", page=2),
    ]


def test_recommendations_addressed_to_the_plans_owner() -> None:
    pts = find_points(_recommendations(), plan_title="Riverside flats review: Tenancy Services action plan")
    listed = [(p.number, p.text.split()[0]) for p in pts if not p.number.startswith("S")]
    assert listed == [("1", "Tenancy"), ("3", "Tenancy"), ("4", "All")]
    assert next(p for p in pts if p.number == "3").text.endswith("letters for three months.")


def test_recommendations_stay_when_the_title_names_no_addressee() -> None:
    pts = find_points(_recommendations(), plan_title="Riverside flats plan")
    assert [p.number for p in pts if not p.number.startswith("S")] == ["1", "2", "3", "4"]


def test_action_plans_in_the_plural_are_the_plan() -> None:
    assert is_requirement("Action plans are to be sent to the Review Panel by 3 May 2060.")
