"""Goals a plan states by form alone (plancheck.extract.stated), read when the walk found none."""

from __future__ import annotations

from plancheck.extract.stated import labelled_goal_text, stated_goals, statement_headings
from plancheck.models import Goal, Measure, Passage, Plan, SourceInfo, Strategy


def _plan(rows: list[tuple[str, str]], *, measures: list[tuple[str, str]] = (), lang: str = "nb") -> Plan:
    """A plan of passages (kind, text); a heading opens a section of its own. ``measures``:
    (text, section id) without a goal, as a measure table under a heading leaves them."""
    section = "s0"
    passages = []
    for i, (kind, text) in enumerate(rows, start=1):
        if kind == "heading":
            section = f"s{i}"
        passages.append(Passage(id=f"p{i}", kind=kind, text=text, page=1, section_id=section))
    return Plan(
        source=SourceInfo(path="x.pdf", format="pdf", sha256="0", pages=1),
        language=lang,
        passages=passages,
        measures=[Measure(id=f"m{i}", text=t, page=1, section_id=s) for i, (t, s) in enumerate(measures)],
    )


_COMMITMENTS = [
    ("heading", "Our commitments"),
    ("heading", "Every tenant is offered a home visit within a month."),
    ("list_item", "Visiting officers in each housing office"),
    ("heading", "Tenants can report a repair online at any hour."),
    ("list_item", "A repairs page on the council website"),
    ("list_item", "Text message when the repair is booked"),
    ("heading", "Older tenants are helped to move to a smaller home."),
    ("list_item", "Removal grant for tenants over 70"),
    ("heading", "Monitoring"),
    ("list_item", "Yearly report to the housing committee"),
]


def test_sentence_headings_over_bullets_are_goals_with_their_measures():
    plan = _plan(_COMMITMENTS, lang="en")
    added = stated_goals(plan)
    assert [g.text for g in added] == [
        "Every tenant is offered a home visit within a month.",
        "Tenants can report a repair online at any hour.",
        "Older tenants are helped to move to a smaller home.",
    ]
    served = {m.text: m.goal_ids for m in plan.measures}
    assert served == {
        "Visiting officers in each housing office": [added[0].id],
        "A repairs page on the council website": [added[1].id],
        "Text message when the repair is booked": [added[1].id],
        "Removal grant for tenants over 70": [added[2].id],
    }  # the bullets under 'Monitoring', a title, serve no goal and are no measures here


def test_two_sentence_headings_are_emphasis_not_the_plans_form():
    plan = _plan(_COMMITMENTS[:6], lang="en")
    assert statement_headings(plan) == {} and stated_goals(plan) == [] and not plan.measures


def test_a_plan_with_goals_is_left_as_the_walk_read_it():
    plan = _plan(_COMMITMENTS, lang="en")
    plan.goals.append(Goal(id="goal-1", text="Tenants are safe at home.", page=1))
    assert stated_goals(plan) == [] and len(plan.goals) == 1 and not plan.measures


def test_a_result_goal_label_states_the_goal_of_its_chapter_and_its_measure_table():
    plan = _plan(
        [
            ("heading", "Oppvekst"),
            ("paragraph", "Resultatmål: Elevene skal trives og oppleve at de lærer."),
            ("heading", "Helse"),
            ("paragraph", "Resultatmål: Flere eldre skal bo hjemme lenger."),
            ("paragraph", "Tiltakene under gjøres innenfor rammen."),
        ],
        measures=[("Lesekurs for alle 2.-klassinger", "s1"), ("Hverdagsrehabilitering", "s3")],
    )
    added = stated_goals(plan)
    assert [g.text for g in added] == [
        "Elevene skal trives og oppleve at de lærer.",
        "Flere eldre skal bo hjemme lenger.",
    ]
    assert [m.goal_ids for m in plan.measures] == [[added[0].id], [added[1].id]]


def test_a_label_is_a_goal_label_only_as_the_role_word_alone():
    assert labelled_goal_text("Hovudmål 2: Alle skal ha ein trygg stad å bu.") == "Alle skal ha ein trygg stad å bu."
    assert labelled_goal_text("Tiltak: Nytt lys i sentrum ved skolen.") is None  # a measure's label
    assert labelled_goal_text("Ansvar: Teknisk sjef og rådmann sammen.") is None  # a field
    assert labelled_goal_text("Resultatmål: Økt trivsel") is None  # shorter than a statement
    assert labelled_goal_text("Mål og tiltak: se tabellen under her.") is None  # a heading's topic


_POLICY = [
    ("heading", "Mål og indsatser"),
    ("paragraph", "Landsbyernes forsamlingshuse skal have bedre vilkår."),
    ("list_item", "Driftstilskud til forsamlingshusene"),
    ("paragraph", "Der skal være faste busafgange mellem landsbyerne."),
    ("list_item", "Nye busafgange på skoledage"),
    ("paragraph", "Alle husstande skal have hurtigt bredbånd. Det gælder også sommerhusene."),
    ("paragraph", "Byrådet vil, at politikken skal evalueres i 2033."),
]


def test_several_topic_goal_paragraphs_in_a_chapter_are_its_goals():
    plan = _plan(_POLICY, lang="da")
    added = stated_goals(plan)
    assert [g.text for g in added] == [
        "Landsbyernes forsamlingshuse skal have bedre vilkår.",
        "Der skal være faste busafgange mellem landsbyerne.",
        "Alle husstande skal have hurtigt bredbånd.",
    ]  # the modal in a subordinate clause ("…, at politikken skal …") states no goal
    assert [(m.text, m.goal_ids) for m in plan.measures] == [
        ("Driftstilskud til forsamlingshusene", [added[0].id]),
        ("Nye busafgange på skoledage", [added[1].id]),
    ]


def test_one_topic_goal_sentence_in_an_introduction_is_no_goal_list():
    plan = _plan(
        [
            ("heading", "Innledning"),
            ("paragraph", "Alle innbyggere skal få god informasjon om planen."),
            ("paragraph", "Planen skal rulleres hvert fjerde år."),
            ("heading", "Bakgrunn"),
            ("paragraph", "Kommunen skal vokse med 200 innbyggere."),
        ]
    )
    assert stated_goals(plan) == [] and not plan.goals


def test_a_plan_with_strategies_keeps_its_sentence_headings_as_titles():
    plan = _plan(_COMMITMENTS, lang="en")
    plan.strategies.append(Strategy(id="strategy-1", text="Prepare every household for disruption.", page=1))
    assert stated_goals(plan) == [] and not plan.goals


def test_a_heading_that_opens_with_a_role_word_is_a_labelled_item_not_a_sentence_heading():
    rows = [
        ("heading", "Action 1.1 Map the risks Map every flood risk in the city."),
        ("heading", "Action 1.2 Train volunteers Train a volunteer corps in every ward."),
        ("heading", "Action 1.3 Plan ahead Help every business write a continuity plan."),
    ]
    assert statement_headings(_plan(rows, lang="en")) == {}


def test_a_short_modal_sentence_heading_joins_the_plans_sentence_headings():
    rows = [
        ("heading", "Flere ældre skal være fysisk aktive hver uge."),
        ("heading", "Ingen skal føle sig ensomme."),
        ("heading", "Ældre skal opleve værdighed og respekt i plejen."),
        ("heading", "Pårørende skal have aflastning når de har brug for det."),
        ("heading", "Vi er her."),
    ]
    assert list(statement_headings(_plan(rows, lang="da")).values()) == [t for _k, t in rows[:4]]
    assert statement_headings(_plan(rows[1:3] + rows[4:], lang="da")) == {}  # no form to join


def test_a_labelled_line_of_two_modal_sentences_states_two_goals():
    plan = _plan(
        [
            ("heading", "Økonomi"),
            ("paragraph", "Resultatmål: Sjukefråveret skal under 6 prosent. Det vert målt kvart år."),
            ("heading", "Bustad"),
            ("paragraph", "Resultatmål: Fleire unge skal flytte heim. Talet på bruk skal haldast oppe."),
        ]
    )
    assert [g.text for g in stated_goals(plan)] == [
        "Sjukefråveret skal under 6 prosent.",  # the sentence after it explains
        "Fleire unge skal flytte heim.",
        "Talet på bruk skal haldast oppe.",
    ]


def test_bullets_under_stated_goals_keep_their_trailing_owner_and_deadline():
    """Lettered bullets under sentence headings with '(owner, deadline)' after each: the
    parenthesis is the measure's owner and deadline, not part of its text, and a bullet without
    one is a measure missing both (the plan gives them a place)."""
    plan = _plan([
        ("heading", "Mål og tiltak"),
        ("heading", "Barn og unge skal ha en trygg skolevei."),
        ("list_item", "Etablere fortau langs Skoleveien (Teknisk drift, 2027)"),
        ("list_item", "Gi sykkelopplæring til alle elever på 5. trinn (Oppvekst, årlig)"),
        ("heading", "Flere skal gå og sykle til jobb og fritid."),
        ("list_item", "Sette opp sykkelparkering ved rådhuset (Eiendom og Teknisk drift, vår 2027)"),
        ("heading", "Kommunen skal være et forbilde i eget trafikkarbeid."),
        ("list_item", "Kurse alle ansatte som kjører i tjenesten"),
    ])
    stated_goals(plan)
    got = {m.text: ([o.text for o in m.owners], m.deadline.text if m.deadline else None) for m in plan.measures}
    assert got == {
        "Etablere fortau langs Skoleveien": (["Teknisk drift"], "2027"),
        "Gi sykkelopplæring til alle elever på 5. trinn": (["Oppvekst"], "årlig"),
        "Sette opp sykkelparkering ved rådhuset": (["Eiendom", "Teknisk drift"], "vår 2027"),
        "Kurse alle ansatte som kjører i tjenesten": ([], None),
    }
    assert all(m.has_owner_column and m.has_deadline_column for m in plan.measures)


_QUESTIONS = [
    ("heading", "Korleis sikrar vi at alle barn får ein trygg skuleveg?"),
    ("paragraph", "Slik svarar vi:"),
    ("heading", "Korleis får fleire unge ein meiningsfull fritid?"),
    ("paragraph", "Slik svarar vi:"),
    ("heading", "Korleis blir barn og unge høyrde i saker som gjeld dei?"),
    ("paragraph", "Slik svarar vi:"),
]


def test_question_headings_over_the_measures_that_answer_them_are_goals():
    plan = _plan(_QUESTIONS, measures=[("Vi kartlegg farlege kryss", "s1"), ("Vi opnar ungdomsklubben", "s3"),
                                       ("Vi innfører fritidskortet", "s3"), ("Vi gjev ungdomsrådet plass", "s5")], lang="nn")
    added = stated_goals(plan)
    assert [g.text for g in added] == [t for k, t in _QUESTIONS if k == "heading"]
    assert [m.goal_ids for m in plan.measures] == [[added[0].id], [added[1].id], [added[1].id], [added[2].id]]


def test_question_headings_over_prose_are_no_goals():
    """A page of questions and answers: questions answered by paragraphs, not by measures."""
    plan = _plan([(k, t if k == "heading" else "Det gjer kommunen kvar haust.") for k, t in _QUESTIONS],
                 measures=[("Vi kartlegg farlege kryss", "s0")], lang="nn")
    assert statement_headings(plan) == {} and stated_goals(plan) == []


def test_short_modal_sentence_headings_establish_the_form_together():
    """Three goal headings of five words or fewer, each a modal main clause ("Nedskräpningen i
    kommunen ska minska."), over their bullets: the plan's form, as three long ones would be."""
    plan = _plan([
        ("heading", "Mål och åtgärder"),
        ("heading", "Fler invånare ska sortera matavfall."),
        ("list_item", "Dela ut påsar till alla hushåll"),
        ("heading", "Verksamheterna ska minska avfallet."),
        ("list_item", "Minska matsvinnet i skolköken"),
        ("heading", "Nedskräpningen i kommunen ska minska."),
        ("list_item", "Genomföra skräpplockardagar"),
    ], lang="sv")
    added = stated_goals(plan)
    assert [g.text for g in added] == ["Fler invånare ska sortera matavfall.", "Verksamheterna ska minska avfallet.",
                                       "Nedskräpningen i kommunen ska minska."]
    assert [m.goal_ids for m in plan.measures] == [[g.id] for g in added]


def test_two_short_modal_headings_are_not_the_form():
    plan = _plan([
        ("heading", "Fler invånare ska sortera matavfall."),
        ("list_item", "Dela ut påsar till alla hushåll"),
        ("heading", "Nedskräpningen i kommunen ska minska."),
        ("list_item", "Genomföra skräpplockardagar"),
    ], lang="sv")
    assert stated_goals(plan) == []


def test_a_bracket_of_one_name_is_the_owner_where_the_other_bullets_carry_owner_fields():
    """'(Gatuenheten)' beside bullets closing '(Renhållningen, 2027)': the plan's owner field
    holding one name; '(TOPI)' spelling out the words before it stays text."""
    plan = _plan([
        ("heading", "Fler invånare ska sortera sitt matavfall."),
        ("list_item", "Införa matavfallsinsamling i flerbostadshus (Renhållningen, 2027)"),
        ("list_item", "Sätta upp fler papperskorgar vid badplatser (Gatuenheten)"),
        ("heading", "Kommunens verksamheter ska minska sitt avfall."),
        ("list_item", "Minska matsvinnet i skolköken (Kostenheten, 2028)"),
        ("list_item", "Utbilda i Tidig Och Prioriterad Insats (TOPI)"),
        ("heading", "Nedskräpningen i kommunen ska minska nu."),
        ("list_item", "Genomföra skräpplockardagar (Gatuenheten, löpande)"),
    ], lang="sv")
    stated_goals(plan)
    got = {m.text: [o.text for o in m.owners] for m in plan.measures}
    assert got == {
        "Införa matavfallsinsamling i flerbostadshus": ["Renhållningen"],
        "Sätta upp fler papperskorgar vid badplatser": ["Gatuenheten"],
        "Minska matsvinnet i skolköken": ["Kostenheten"],
        "Utbilda i Tidig Och Prioriterad Insats (TOPI)": [],
        "Genomföra skräpplockardagar": ["Gatuenheten"],
    }
