"""Sessions 51–52 (m57read, s52fixc): the point reader's mechanisms for mandates-blind57's
forms, each behind its PointSettings switch, and the older forms they must keep (mandates-blind20,
44, 47, 53), on small hand-built inputs with invented wording (no gold document's phrase)."""

from __future__ import annotations

from dataclasses import replace

from plancheck.mandate.points import Line, find_points, is_requirement

BODY = 10.0


def _ln(text: str, page: int = 1, indent: float = 60.0, *, bold: bool = False, size: float = BODY,
        gap: bool = False, right: float | None = None) -> Line:
    return Line(text, page, indent, size, bold, None, gap, right=right, edge=520.0 if right else None)


def _glued_numbers() -> list[Line]:
    # "1.planlegge …" typed with no space after the number, the list going on over the page
    # break (the next page's margin a little further in)
    return [
        _ln("Rapport om vedlikehald av kaiene", size=18, bold=True, gap=True),
        _ln("Hamnesjefen skal lage ein tiltaksplan for kaiene i hamna."),
        _ln("Tiltaksplanen skal"),
        _ln("1.kartleggje skadane på kvar kai og kor raskt dei veks, med bilete frå", indent=66),
        _ln("dykkarane;", indent=80),
        _ln("2.prioritere kaiene etter kor mykje dei blir brukte;", page=2, indent=72, gap=True),
        _ln("3.vise kva kvart tiltak kostar;", page=2, indent=72),
        _ln("4.gjere greie for korleis arbeidet blir følgt opp.", page=2, indent=72),
    ]


def test_glued_numbers_run_over_a_page_break() -> None:
    texts = [p.text for p in find_points(_glued_numbers()) if not p.number.startswith("S")]
    assert [t.split()[0] for t in texts] == ["kartleggje", "prioritere", "vise", "gjere"]
    assert texts[0].endswith("bilete frå dykkarane")


def _told_lists() -> list[Line]:
    # a duty's contents under a lead-in that tells, and measures already taken (sentences
    # under a heading), beside the list the lead-in "Planen skal" asks for
    return [
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


def test_told_lists_beside_the_list_asked_for() -> None:
    listed = [p.text for p in find_points(_told_lists()) if not p.number.startswith("S")]
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


# --- session 52 (s52fixc): each reader behind its switch, and the older forms it must keep ---


def _wrapped_over_break() -> list[Line]:
    # "b)…" wraps over the page break in the middle of its sentence: the next page's first line
    # (after a gap) is its wrapped line, and the series goes on after it
    return [
        _ln("Notat om skiltinga i sentrum", size=18, bold=True, gap=True),
        _ln("Bydrifta skal lage ein skiltplan. Skiltplanen skal"),
        _ln("a)vise kvar skilta står i dag;", indent=66),
        _ln("b)gjere greie for kva skilt som er slitne og kva det", indent=66),
        _ln("kostar å byte dei;", page=2, indent=80, gap=True),
        _ln("c)foreslå nye skilt ved bussterminalen;", page=2, indent=66),
        _ln("d)seie kven som held skilta ved like.", page=2, indent=66),
    ]


def test_glued_items_wrap_over_a_page_break() -> None:
    texts = [p.text for p in find_points(_wrapped_over_break()) if not p.number.startswith("S")]
    assert [t.split()[0] for t in texts] == ["vise", "gjere", "foreslå", "seie"]
    assert "kva det kostar å byte dei" in texts[1]


def _governance() -> list[Line]:
    # terms of reference: (i)–(iii) under a lead-in that asks, then under a heading of its own
    # an item numbered on, a whole sentence with "will" (the panel's duty, not a told fact)
    return [
        _ln("Terms of Reference: review of the harbour ferries", size=18, bold=True, gap=True),
        _ln("2. Scope", size=13, bold=True, gap=True),
        _ln("The review panel will:"),
        _ln("(i) map the crossings made by each ferry over the last three years;"),
        _ln("(ii) compare the fares with those of the buses on the coast road;"),
        _ln("(iii) assess how the landing stages can be reached by wheelchair users."),
        _ln("3. Outputs", size=13, bold=True, gap=True),
        _ln("The panel will produce:"),
        _ln("(iv) a report with findings and recommendations, each with a lead officer;"),
        _ln("(v) an estimate of what each recommendation would cost."),
        _ln("4. Governance", size=13, bold=True, gap=True),
        _ln("(vi) The panel will hear the ferry crews and the harbour users' forum, and will"),
        _ln("report to the Transport Committee by 30 June 2061."),
        _ln("The panel will be chaired by the vice-chair of the committee."),
    ]


def test_a_governance_item_with_a_modal_is_no_told_sentence() -> None:
    # (an older form: a told list is whole sentences with no modal; "The panel will hear …"
    # binds the panel)
    pts = find_points(_governance())
    assert [p.number for p in pts if not p.number.startswith("S")][:5] == ["i", "ii", "iii", "iv", "v"]
    assert any(p.text.startswith("The panel will hear the ferry crews") for p in pts)


def _decision() -> list[Line]:
    # a citizens' proposal (its list under "Vi tilrår at planen:") and the council's decision
    # told by a lead-in ("… gjorde slikt vedtak:") whose items ask ("Planen skal i tillegg …")
    return [
        _ln("Lag ein plan for leikeplassane i bygda", size=18, bold=True, gap=True),
        _ln("Om forslaget", size=12, bold=True, gap=True),
        _ln("Det manglar leikeplassar i dei nye bustadfelta. Vi foreslår at kommunen lagar ein plan."),
        _ln("Vi tilrår at planen:"),
        _ln("a) vise kvar det manglar leikeplassar i dag"),
        _ln("b) rekne ut kva nye leikeplassar vil koste"),
        _ln("c) seie kven som skal halde dei ved like"),
        _ln("Vedtaket i formannskapet", size=12, bold=True, gap=True),
        _ln("Formannskapet handsama forslaget 4. mai 2060 og gjorde slikt vedtak:"),
        _ln("1. Forslaget blir teke til følgje. Kommunedirektøren skal lage ein plan for leikeplassane."),
        _ln("2. Planen skal i tillegg vise korleis barna i bygda kan vere med og forme leikeplassane."),
        _ln("3. Planen skal leggjast fram for formannskapet innan 1. april 2061."),
    ]


def test_a_decision_told_by_its_lead_in_asks_by_its_items() -> None:
    # (an older form: a list under a lead-in that tells is told only when none of its items asks)
    texts = [p.text for p in find_points(_decision())]
    assert any(t.startswith("Planen skal i tillegg vise korleis barna") for t in texts)
    assert any(t.startswith("Planen skal leggjast fram for formannskapet") for t in texts)


HAIR = BODY - 1e-6


def _grouped() -> list[Line]:
    # a directive's tasks in numbered groups: a bold group heading ("3 Skötsel") over its tasks
    # numbered under its number ("3.1 …", "3.2 …"; two of them, too few for a run of codes),
    # each wrapped line hanging under its task's text; the headings bold a hair under the body's
    # size (as a browser prints them), so none is a numbered heading of its own
    def task(text: str, wrapped: str) -> list[Line]:
        return [_ln(text, indent=85, right=515.0), _ln(wrapped, indent=110, right=220.0)]

    return [
        _ln("Projektdirektiv: plan för gatubelysningen", size=18, bold=True, gap=True),
        _ln("Arbetets omfattning", size=13, bold=True, gap=True),
        _ln("Projektet ska ta fram följande:", gap=True, right=250.0),
        _ln("1 Nuläge", bold=True, gap=True, size=HAIR, right=120.0),
        *task("1.1 Kartlägga armaturerna längs de kommunala gatorna och", "deras ålder."),
        *task("1.2 Beräkna energiförbrukningen per gata och per år för hela", "gatunätet."),
        *task("1.3 Redovisa var det är för mörkt att gå, enligt medborgarnas", "synpunkter."),
        _ln("2 Åtgärder", bold=True, size=HAIR, right=130.0),
        *task("2.1 Föreslå vilka gator som ska få ny belysning först och", "varför."),
        *task("2.2 Redovisa vad bytet kostar per gata och för hela", "gatunätet."),
        *task("2.3 Bedöma om belysningen kan styras efter hur många som", "går förbi."),
        _ln("3 Skötsel", bold=True, size=HAIR, right=120.0),
        *task("3.1 Beskriva hur belysningen ska skötas efter bytet och vem", "som betalar."),
        _ln("3.2 Ange vem som tar emot felanmälningar.", indent=85, right=330.0),
        _ln("4 Uppföljning", bold=True, size=HAIR, right=140.0),
        _ln("4.1 Föreslå mått på hur väl belysningen fungerar.", indent=85, right=380.0),
        _ln("4.2 Redovisa hur planen hålls aktuell.", indent=85, right=320.0),
    ]


def test_a_group_heading_whose_number_its_items_carry_goes_on_with_the_list() -> None:
    # (an older form: a heading straight over items is no lead-in, but a group heading of a
    # numbered list is a level of it)
    listed = [p.number for p in find_points(_grouped()) if not p.number.startswith("S")]
    assert listed == ["1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "3.1", "3.2", "4.1", "4.2"]


def _listed(lines: list[Line], title: str | None = None) -> list[str]:
    return [p.text.split()[0] for p in find_points(lines, plan_title=title) if not p.number.startswith("S")]


def test_each_reader_has_its_switch() -> None:
    # each reader off gives what the reader before it gave (the older forms kept either way)
    import plancheck.mandate.points as P

    title = "Riverside flats review: Tenancy Services action plan"
    cases = {
        "glued_stop_runs": (_glued_numbers, None),
        "series_over_page_break": (_wrapped_over_break, None),
        "told_lists": (_told_lists, None),
        "told_lead_ins": (_told_lists, None),
        "addressed_recommendations": (_recommendations, title),
    }
    on = {flag: _listed(make(), t) for flag, (make, t) in cases.items()}
    grouped = _listed(_grouped())
    old = P.POINT_SETTINGS
    try:
        off = {}
        for flag, (make, t) in cases.items():
            P.POINT_SETTINGS = replace(old, **{flag: False})
            off[flag] = _listed(make(), t)
            assert _listed(_grouped()) == grouped
            assert any(p.text.startswith("Planen skal i tillegg vise") for p in find_points(_decision()))
    finally:
        P.POINT_SETTINGS = old
    assert off["glued_stop_runs"] == [] and on["glued_stop_runs"] == ["kartleggje", "prioritere", "vise", "gjere"]
    assert off["series_over_page_break"] == [] and len(on["series_over_page_break"]) == 4
    assert off["addressed_recommendations"] == [] and on["addressed_recommendations"] == ["Tenancy", "Tenancy", "All"]
    assert off["told_lists"] != on["told_lists"] and off["told_lead_ins"] != on["told_lead_ins"]
