"""The rule walk's general mechanisms for plans it was not tuned on, each on a hand-built page:
goal headings with a qualifier, announced numbered goal headings, titled items with a
description under each, lead-ins (their last sentence, without a colon), prose under a goal
heading, summary lists of numbered measures, and "to reach the goals" links."""

from __future__ import annotations

from plancheck.extract.plan import (
    _drop_repeated_code_runs,
    _drop_summary_repeats,
    code_runs,
    lead_in_role,
)
from plancheck.extract.roles import heading_role
from plancheck.models import Block, BlockKind, Measure, Plan, Provenance, SourceInfo
from tests.conftest import plan_of_blocks


def _h(text: str, level: int = 2, number: str | None = None) -> Block:
    return Block(id="", kind=BlockKind.heading, text=text, level=level, number=number)


def _p(text: str) -> Block:
    return Block(id="", kind=BlockKind.paragraph, text=text)


def _li(text: str, level: int = 1) -> Block:
    return Block(id="", kind=BlockKind.list_item, text=text, level=level, bullet="•")


def _plan(blocks: list[Block], lang: str) -> Plan:
    return plan_of_blocks(blocks, lang)


# --------------------------------------------------------------------------- headings


def test_goal_heading_with_a_qualifier_announces_a_goal():
    assert heading_role("Mål till 2030:")[0] == "goal"
    assert heading_role("Mål frem mot 2040")[0] == "goal"
    plan = _plan([_h("Mål till 2030:"), _p("Till 2030 ska utsläppen minska med 50 % jämfört med 1990.")], "sv")
    assert [g.text for g in plan.goals] == ["Till 2030 ska utsläppen minska med 50 % jämfört med 1990."]


def test_a_bracketed_qualifier_does_not_change_the_role():
    assert heading_role("Succeskriterier (2025–2027)")[0] == "indicator"
    assert heading_role("Mål (2024–2027)")[0] == "goal"
    # a heading without a role keeps its whole text
    assert heading_role("Barn (0-6 år)") == (None, "Barn (0-6 år)")


def test_success_criteria_are_indicators_not_goals():
    plan = _plan([_h("Succeskriterier"), _li("30 % flere unge bruger klubben")], "da")
    assert plan.goals == []


def test_numbered_activity_label_is_a_measure():
    role, rest = heading_role("Aktivitet 2 Sommerskole for børn")
    assert (role, rest) == ("measure", "Sommerskole for børn")
    assert heading_role("Åtgärd 3: Byta belysning")[0] == "measure"
    # the plural is a heading word, not a label
    assert heading_role("Aktiviteter") == ("measure", "")


# --------------------------------------------------------------------------- lead-ins


def test_lead_in_role_is_said_by_its_last_sentence():
    blocks = [
        _h("Problemer"),
        _p("Der er få aktiviteter for unge i byen. Der er behov for:"),
        _li("bedre kontakt til klubberne"),
        _li("længere åbningstider"),
    ]
    plan = _plan(blocks, "da")
    assert plan.measures == [] and plan.goals == []


def test_a_lead_in_ending_in_a_preposition_and_following_lists_places_not_its_subject():
    # the role word is the subject; the list is what the preposition takes
    assert lead_in_role("Upgrades to the heating measures are under way at the following:") is None
    assert lead_in_role("Tiltakene gjennomføres i følgende bydeler:") is None
    # a role noun after 'following' still names the list; and no preposition, no change
    assert lead_in_role("Vi arbeider i følgende tiltak:") == "measure"
    assert lead_in_role("The city will carry out the following measures:") == "measure"
    blocks = [
        _h("Buildings"),
        _p("Energy measures are under way at the following:"),
        _li("North Hall"),
        _li("River Library"),
        _p("The city will carry out the following measures:"),
        _li("Replace the boilers in North Hall"),
    ]
    plan = _plan(blocks, "en")
    assert [m.text for m in plan.measures] == ["Replace the boilers in North Hall"]


def test_a_chapter_label_typed_as_a_plain_line_is_no_item():
    from plancheck.extract.plan import chapter_label

    assert chapter_label("Chapter 2: Water and Waste")
    assert chapter_label("Kapittel 3 – Helse og omsorg")
    assert not chapter_label("Chapter 2 describes the measures in detail.")
    blocks = [
        _h("Tiltak"),
        _p("Bygge nye sykkelveier langs hovedveiene."),
        _p("Kapittel 2: Energi og klima"),
        _p("Skifte ut oljefyren i rådhuset."),
    ]
    plan = _plan(blocks, "nb")
    assert [m.text for m in plan.measures] == ["Bygge nye sykkelveier langs hovedveiene.", "Skifte ut oljefyren i rådhuset."]


def test_relative_clause_does_not_name_the_list():
    # "visionen" in the relative clause is not what the list is
    assert lead_in_role("Planen har 3 hovedformål:") == "goal"
    blocks = [
        _p("Planen har 3 hovedformål, som bygger på visionen:"),
        _h("Flere unge i job", 1, "1"),
        _p("Flere unge skal have et fritidsjob."),
        _h("Et trygt kvarter", 1, "2"),
        _p("Beboerne skal føle sig trygge."),
        _h("Et stærkt foreningsliv", 1, "3"),
        _p("Foreningerne skal have flere medlemmer."),
        _h("Indsatserne", 1, "4"),
    ]
    plan = _plan(blocks, "da")
    assert [(g.number, g.text) for g in plan.goals] == [
        ("1", "Flere unge i job"),
        ("2", "Et trygt kvarter"),
        ("3", "Et stærkt foreningsliv"),
    ]
    assert plan.vision is None


def test_numbered_headings_without_an_announcing_lead_in_are_not_goals():
    blocks = [_p("Planen har tre kapitler."), _h("Innledning", 1, "1"), _p("Tekst."), _h("Bakgrunn", 1, "2")]
    assert _plan(blocks, "nb").goals == []


def test_titled_items_with_descriptions_keep_their_lead_in():
    blocks = [
        _p("Disse aktiviteter sættes i gang:"),
        _li("Sommerskole", 2),
        _p("Skolen holder åbent to uger i juli."),
        _p("Det kan for eksempel være:"),
        _li("Udflugter med forældre", 1),
        _li("Cykelværksted", 2),
        _p("Unge reparerer cykler sammen med frivillige."),
    ]
    plan = _plan(blocks, "da")
    assert [m.text for m in plan.measures] == ["Sommerskole", "Cykelværksted"]


def test_a_paragraph_after_a_sentence_item_ends_the_lead_in():
    blocks = [
        _p("Tiltak:"),
        _li("Etablere et lavterskeltilbud for ungdom i alle bydeler."),
        _p("Dette er en beskrivelse av arbeidet i perioden."),
        _li("Alle barn skal ha det trygt."),
    ]
    assert [m.text for m in _plan(blocks, "nb").measures] == ["Etablere et lavterskeltilbud for ungdom i alle bydeler."]


def test_lead_in_without_a_colon_ends_in_a_copula():
    blocks = [
        _h("Mål"),
        _p("Till 2030 ska utsläppen minska med 50 %."),
        _h("Hållbar framtid"),
        _p("För att nå målen krävs en mängd åtgärder."),
        _p("Fokusområdena är"),
        _li("minska energianvändningen i kommunens lokaler"),
        _li("Hållbara transporter"),
    ]
    plan = _plan(blocks, "sv")
    assert [s.text for s in plan.strategies] == ["minska energianvändningen i kommunens lokaler"]
    # "för att nå målen" before the lead-in: the list serves every goal stated so far
    assert plan.strategies[0].goal_ids == [plan.goals[0].id]


def test_a_short_line_without_a_copula_is_not_a_lead_in():
    blocks = [_p("Fokusområden"), _li("minska energianvändningen")]
    assert _plan(blocks, "sv").strategies == []


# --------------------------------------------------------------------------- goal sections


def test_prose_under_a_goal_heading_is_not_a_box_of_goals():
    prose = (
        "Våra mål bygger på regionens plan. Regionen vill att resorna med bil ska bli färre till 2030. "
        "Landet har ett mål om fossilfria bussar till 2035. Ska det lyckas måste fler åka tåg. "
        "Målen följs upp vartannat år. Siffrorna kommer från en enkät."
    )
    plan = _plan([_h("Mål"), _p(prose), _p("15"), _p("13,7 ton per capita")], "sv")
    assert plan.goals == []


def test_a_short_goal_box_still_gives_its_goals():
    box = "Alle skal ha en trygg bolig. Ingen skal bo i midlertidig bolig mer enn tre måneder."
    plan = _plan([_h("Mål"), _p(box)], "nb")
    assert len(plan.goals) == 2


# --------------------------------------------------------------------------- measures


def _m(i: int, text: str, number: str | None = None) -> Measure:
    return Measure(id=f"measure-{i}", text=text, number=number, page=1, provenance=Provenance(page=1))


def test_summary_list_of_numbered_measures_is_dropped_one_to_one():
    plan = Plan(source=SourceInfo(path="x", format="pdf", sha256="0", pages=1), measures=[
        _m(1, "Mentorordning – unge over 25"),
        _m(2, "Mentorordning – unge under 25"),
        _m(3, "Mentorordning – unge over 25", "1"),
        _m(4, "Mentorordning – unge under 25", "2"),
        _m(5, "Sommerskole"),
    ])
    _drop_summary_repeats(plan)
    assert [(m.number, m.text) for m in plan.measures] == [
        ("1", "Mentorordning – unge over 25"),
        ("2", "Mentorordning – unge under 25"),
        (None, "Sommerskole"),
    ]
    assert [m.id for m in plan.measures] == ["measure-1", "measure-2", "measure-3"]


def _coded(texts: list[tuple[str, str]], start: int = 1) -> list[Measure]:
    return [_m(start + i, text, code) for i, (code, text) in enumerate(texts)]


def test_runs_of_codes_break_where_a_code_goes_back():
    from plancheck.extract.plan import _code_key

    keys = [_code_key(n) for n in ["4.3.1", "4.3.2", "1.1.1", "1.2.1", "2.1.1", None, "1.1.2", "3.1.1", "1.1", "10"]]
    assert keys[-1] is None and keys[5] is None  # a plain count is no code
    assert code_runs(keys) == [[0, 1], [2, 3, 4], [6, 7], [8]]


def test_a_run_of_codes_repeating_a_longer_runs_codes_over_other_text_is_dropped():
    quoted = _coded([("3.2.1", "The town shall map the flood zone"), ("3.2.2", "New roads shall be raised")])
    body = _coded([
        ("1.1.1", "Adopt a sea level rise overlay district"),
        ("1.1.2", "Require a flood notice when property is sold"),
        ("2.1.1", "Prefer living shorelines to sea walls"),
        ("3.2.1", "Buy land in the retreat zone"),
        ("3.2.2", "Set up a transfer of development rights"),
    ], start=3)
    comments = _coded([
        ("1.1.2", "Example: a coastal county elsewhere does this already"),
        ("2.1.1", "Comment: state law allows it"),
        ("2.1.9", "Example: a harbour town prohibits hard shorelines"),
    ], start=8)
    plan = Plan(source=SourceInfo(path="x", format="pdf", sha256="0", pages=1), measures=quoted + body + comments)
    _drop_repeated_code_runs(plan)
    assert [m.text for m in plan.measures] == [m.text for m in body]
    assert [m.id for m in plan.measures] == [f"measure-{i}" for i in range(1, 6)]


def test_a_summary_run_of_the_same_length_or_the_same_text_stays():
    body = _coded([("1.1", "Plant trees"), ("1.2", "Map the parks"), ("2.1", "Raise the dikes")])
    summary = _coded([("1.1", "Plant trees"), ("1.2", "Map the parks")], start=4)
    other_text = _coded([("1.1", "Open a repair cafe"), ("1.2", "Collect food waste"), ("2.1", "Sort plastics")], start=6)
    plan = Plan(source=SourceInfo(path="x", format="pdf", sha256="0", pages=1), measures=body + summary + other_text)
    _drop_repeated_code_runs(plan)
    assert len(plan.measures) == 8


def test_counting_sentence_under_a_measure_heading_is_not_a_measure():
    blocks = [_h("Indsatser"), _p("Planen har 3 indsatser, som støtter målene.")]
    assert _plan(blocks, "da").measures == []


# --------------------------------------------------------------------------- strategies, links, owners


def test_strategy_paragraph_opening_with_an_action_verb_is_a_strategy_however_long():
    long_tail = " Det kräver att någon följer upp resultaten och att arbetet ges tid." * 4
    blocks = [
        _h("Strategi – Byggnader", level=1, number="6"),
        _p("Skapa förståelse för energieffektivisering hos brukare och politiker." + long_tail),
        # a long paragraph that does not open with an action verb stays the chapter's prose
        _p("I dag saknas samordning mellan förvaltningarna och bolagen i kommunen." + long_tail),
    ]
    plan = _plan(blocks, "sv")
    assert [s.text[:16] for s in plan.strategies] == ["Skapa förståelse"]


def test_a_strategy_chapter_keeps_its_role_over_a_lead_in_that_says_measures():
    blocks = [
        _h("Strategi – Transporter", level=1, number="7"),
        _p("För att minska utsläppen bör man fokusera på ett antal åtgärder:"),
        _li("Nya fordon ska vara miljöfordon"),
        _li("En resepolicy ska tas fram"),
        _h("Åtgärder", level=1, number="8"),
        _li("Byt ut gatubelysningen"),
    ]
    plan = _plan(blocks, "sv")
    assert [s.text for s in plan.strategies] == ["Nya fordon ska vara miljöfordon", "En resepolicy ska tas fram"]
    assert [m.text for m in plan.measures] == ["Byt ut gatubelysningen"]
    # without a measure chapter of its own, the lead-in's word is what the list is
    plan = _plan(blocks[:4], "sv")
    assert plan.strategies == [] and len(plan.measures) == 2


def test_measures_under_an_actions_line_right_after_a_goal_serve_that_goal():
    blocks = [
        _h("Politiska mål", level=2),
        _p("Mål 3 Kommunerna ska verka för ett större utbud av förnybara drivmedel."),
        _p("Åtgärder"),
        _p("Kommunerna ska verka för att det etableras ett tankställe för biogas."),
        _p("Mål 4 Kommunerna ska verka för en utveckling av icke-fossil energiproduktion."),
        _p("Åtgärder"),
        _p("Kommunen bör överväga att köpa in sig i lokala vindkraftverk."),
    ]
    plan = _plan(blocks, "sv")
    by_number = {g.number: g.id for g in plan.goals}
    assert [m.goal_ids for m in plan.measures] == [[by_number["3"]], [by_number["4"]]]


def test_a_description_that_names_its_lead_gives_the_measure_its_owner():
    blocks = [
        _h("Aktivitet 1 Fremskudt indsats", level=3, number="6.1.1"),
        _h("Indholdet og praksis", level=4),
        _p("Kommunen ønsker et tættere samarbejde. ’Centralens’ Projektmedarbejder er tovholder på "
           "udviklingen af en opsøgende indsats."),
        _h("Aktivitet 2 Netværk for forældre", level=3, number="6.1.2"),
        _p("Forældre skal inddrages i aktiviteterne. Alle er ansvarlige for at det lykkes."),
    ]
    plan = _plan(blocks, "da")
    assert [[o.text for o in m.owners] for m in plan.measures] == [["Projektmedarbejder"], []]


def test_a_paired_subject_names_both_owners_without_the_pairing_word():
    blocks = [_h("Åtgärder"), _p("Både kommunen och Vansbrohem bör överväga att köpa in sig i vindkraft.")]
    plan = _plan(blocks, "sv")
    assert [o.text for o in plan.measures[0].owners] == ["kommunen", "Vansbrohem"]


def test_a_purpose_and_the_sentence_that_says_it_further_are_one_goal():
    purpose = ("Formålet er at flere børn deltager i foreningslivet. Der skal et samarbejde i gang med "
               "familierne om børnenes trivsel.")
    plan = _plan([_h("Formål", level=4), _p(purpose)], "da")
    assert [g.text for g in plan.goals] == [purpose]
    # without the opening purpose phrase, each sentence that states an aim stands alone
    plan = _plan([_h("Mål", level=4), _p("Flere børn skal deltage i foreningslivet. Alle familier skal trives.")], "da")
    assert len(plan.goals) == 2
    # a sentence about the goals ("Hovudmålet er delt i …") is not a purpose stated
    from plancheck.extract.plan import _states_purpose

    assert _states_purpose("Målet er å halvere utsleppa") and not _states_purpose("Hovudmålet er delt i seks delmål.")


def test_a_long_purpose_paragraph_gives_each_purpose_and_the_way_to_it():
    # invented wording: two purposes, each followed by what must be done for it, then a remark
    text = ("Det er formålet at styrke samarbejdet mellem skole og forældre om elevernes trivsel. "
            "Lærerne skal inddrages tidligt. Forældremøder må holdes hvert kvartal. "
            "Det er ligeledes formålet at etablere kontakt til foreningerne. "
            "Der skal løbende afsøges muligheder for fælles aktiviteter i skoletiden. "
            "Der tænkes også på sommerferien.")
    plan = _plan([_h("Formål", level=4), _p(text)], "da")
    assert [g.text for g in plan.goals] == [
        "Det er formålet at styrke samarbejdet mellem skole og forældre om elevernes trivsel.",
        "Det er ligeledes formålet at etablere kontakt til foreningerne.",
    ]
    assert [(s.text, s.goal_ids) for s in plan.strategies] == [
        ("Lærerne skal inddrages tidligt. Forældremøder må holdes hvert kvartal.", [plan.goals[0].id]),
        ("Der skal løbende afsøges muligheder for fælles aktiviteter i skoletiden.", [plan.goals[1].id]),
    ]
    from plancheck.extract.plan import purpose_parts

    assert purpose_parts(["Baggrunden er kendt.", "Der skal mere til."]) == []  # no purpose stated: no part
    from plancheck.extract.plan import _states_purpose

    assert _states_purpose("It is also the goal to reach every school")  # an adverb before the noun


def test_action_bullets_right_under_a_goal_sentence_are_its_strategies():
    blocks = [_h("Formål", level=4), _p("Aktiviteten skal støtte unge i at finde et fritidsjob."),
              _li("Give sparring i forhold til at skrive en ansøgning."), _li("Være opsøgende over for lokale butikker.")]
    plan = _plan(blocks, "da")
    assert [g.text for g in plan.goals] == ["Aktiviteten skal støtte unge i at finde et fritidsjob."]
    assert [(s.text, s.goal_ids) for s in plan.strategies] == [
        ("Give sparring i forhold til at skrive en ansøgning.", [plan.goals[0].id]),
        ("Være opsøgende over for lokale butikker.", [plan.goals[0].id]),
    ]
    # bullets that state states to reach stay goals of their own
    blocks = [_h("Mål", level=4), _p("Alle unge skal trives i kommunen."),
              _li("Flere unge skal have et fritidsjob."), _li("Alle skoler skal være trygge.")]
    plan = _plan(blocks, "da")
    assert len(plan.goals) == 3 and not plan.strategies


def test_a_goal_about_the_efforts_is_a_goal_not_a_remark_about_the_items():
    # a definite noun after the aim's verb is what the goal is about ...
    plan = _plan([_h("Mål"), _li("Ungdomar ska uppleva insatserna som samordnade"),
                  _li("Alla barn ska ha en trygg uppväxt")], "sv")
    assert [g.text for g in plan.goals] == ["Ungdomar ska uppleva insatserna som samordnade",
                                            "Alla barn ska ha en trygg uppväxt"]
    # ... but an item that points at the items elsewhere is a remark about them
    plan = _plan([_h("Mål"), _li("Insatserna nedanför ska följas upp varje år"),
                  _li("Alla barn ska ha en trygg uppväxt")], "sv")
    assert [g.text for g in plan.goals] == ["Alla barn ska ha en trygg uppväxt"]


def test_a_possessive_after_the_role_word_announces_the_same_role():
    assert heading_role("Måla våre") == ("goal", "")
    assert heading_role("Strategiane våre") == ("strategy", "")
    assert heading_role("Barna våre") == (None, "Barna våre")  # no role word: no role
    plan = _plan([_h("Måla våre"), _li("Alle barn skal ha eit godt fritidstilbod")], "nn")
    assert [g.text for g in plan.goals] == ["Alle barn skal ha eit godt fritidstilbod"]

# --------------------------------------------------------------------------- quoted chapters, assignments


def test_a_chapter_of_existing_goals_is_background():
    from plancheck.extract.plan import quotes_existing

    assert quotes_existing("Befintliga mål och strategier")
    assert quotes_existing("Gjeldende mål")
    assert quotes_existing("Existing goals and policies")
    assert not quotes_existing("Befintlig bebyggelse")  # no role word: an ordinary chapter
    assert not quotes_existing("Mål och befintliga strategier")  # the word must open the heading
    plan = _plan(
        [
            _h("Befintliga mål och strategier", level=1),
            _h("Regionala mål", level=2),
            _p("Delmål: År 2030 ska utsläppen vara 70 procent lägre än år 1990."),
            _p("Enligt avfallsplanen vill kommunen:"),
            _li("Minska avfallsmängderna vid källan."),
            _h("Mål", level=1),
            _li("Alla skolor ska servera klimatsmart mat."),
        ],
        "sv",
    )
    assert [g.text for g in plan.goals] == ["Alla skolor ska servera klimatsmart mat."]
    assert plan.strategies == [] and plan.measures == []


def test_an_assignment_sentence_is_a_measure_owned_by_who_gets_the_task():
    from plancheck.extract.plan import announced_list_role, assignment_parts

    assert assignment_parts("Det föreslås att förvaltningen får i uppdrag att ta fram en plan.") == (
        "förvaltningen",
        "ta fram en plan",
    )
    assert assignment_parts("Kommunen arbetar vidare med frågan.") is None
    assert announced_list_role("Gruppen ska genomföra följande åtgärder.") == "measure"
    assert announced_list_role("Gruppen ska genomföra åtgärder.") is None
    plan = _plan(
        [
            _h("Fortsatt arbete", level=1),
            _p("Det finns många mål idag. Fler mål behövs inte."),
            _p(
                "Därför föreslås att kommundirektören får i uppdrag att tillsätta en Samordningsgrupp för miljö. "
                "Gruppen får i uppdrag att bevaka frågorna. "
                "Arbetet sker genom att gruppen får i uppdrag att genomföra följande insatser."
            ),
            _li("Utbildning"),
            _p("Medarbetarna utbildas i hur målen hänger ihop."),
            _li("Uppföljning"),
            _p("Arbetet följs upp i årsredovisningen."),
            _p("Vidare föreslås att Fastighetschefen får i uppdrag att ta fram en energiplan."),
        ],
        "sv",
    )
    got = [(m.text, [o.text for o in m.owners]) for m in plan.measures]
    assert got == [
        ("Därför föreslås att kommundirektören får i uppdrag att tillsätta en Samordningsgrupp för miljö.", ["kommundirektören"]),
        ("Utbildning", ["Samordningsgrupp för miljö"]),  # "gruppen": the group set up above
        ("Uppföljning", ["Samordningsgrupp för miljö"]),
        ("Vidare föreslås att Fastighetschefen får i uppdrag att ta fram en energiplan.", ["Fastighetschefen"]),
    ]
    assert plan.goals == [] and plan.strategies == []

def test_a_measure_opening_with_its_deadline_takes_it():
    from plancheck.extract.plan import opening_deadlines

    plan = Plan(source=SourceInfo(path="x.pdf", format="pdf", sha256="", pages=1), language="en")
    plan.measures = [
        Measure(id="m1", text="[Protection] By 20(15), the City shall adopt a shoreline strategy.", page=1),
        Measure(id="m2", text="The City shall, by 2030, plant trees.", page=1),
    ]
    opening_deadlines(plan)
    assert plan.measures[0].deadline.text == "By 20(15)" and plan.measures[0].deadline.kind == "period"
    assert plan.measures[1].deadline is None


# --------------------------------------------------------------------------- owners of bullets


def test_a_bullet_whose_subject_is_a_role_names_its_owner():
    plan = _plan(
        [
            _h("Åtgärder"),
            _li("Energi- och klimatrådgivaren ska samverka med andra aktörer i kommunen."),
            _li("Personalen ska ges kurser i sparsam körning."),
        ],
        "sv",
    )
    assert [[o.text for o in m.owners] for m in plan.measures] == [["Energi- och klimatrådgivaren"], []]


def test_a_bullet_whose_subject_is_a_body_names_no_owner():
    # the plan's own author as the subject of its bullets speaks of itself, as "we" would
    plan = _plan([_h("Tiltak"), _li("Ungdomsrådet skal jobbe for flere avganger.")], "nb")
    assert [m.owners for m in plan.measures] == [[]]


# --------------------------------------------------------------------------- summary tables, repeated strategies


def _summary_table(rows: list[str]) -> Block:
    from plancheck.models import Cell, Table

    table = Table(header=["Actions", "Area"], pages=[1],
                  rows=[[Cell(row=r, col=0, text=t, page=1), Cell(row=r, col=1, text="Climate", page=1)]
                        for r, t in enumerate(rows)])
    return Block(id="", kind=BlockKind.table, text="Actions | Area", table=table)


def test_a_summary_table_adds_only_the_numbered_rows_the_body_did_not_describe():
    def item(number: str, text: str) -> Block:
        return Block(id="", kind=BlockKind.list_item, text=text, level=1, number=number)

    blocks = [_h("Actions"), item("1.1", "Open a repair café in every district"), item("1.2", "Plant street trees along the main roads"),
              _h("Summary"),
              _summary_table(["1.1 Open a repair café in every district", "1.2 Plant street trees along the main roads",
                              "1.3 Build a cycle bridge over the river", "Survey residents on the park plans"])]
    plan = _plan(blocks, "en")
    assert [m.text for m in plan.measures] == ["Open a repair café in every district",
                                               "Plant street trees along the main roads",
                                               "Build a cycle bridge over the river"]
    from plancheck.extract.tables import numbered_cell

    assert numbered_cell("Project 2: Build …") and numbered_cell("3) Do") and not numbered_cell("15 new stations")


def test_a_strategy_printed_twice_is_one_strategy_unless_it_serves_other_goals():
    from plancheck.extract.plan import merge_repeated_strategies
    from plancheck.models import Strategy

    def s(i: int, text: str, goals: list[str]) -> Strategy:
        return Strategy(id=f"strategy-{i}", text=text, goal_ids=goals, page=1)

    plan = Plan(source=SourceInfo(path="x.pdf", format="pdf", sha256="0", pages=1),
                strategies=[s(1, "REDUCE & REUSE", []), s(2, "REDUCE & REUSE", []),
                            s(3, "Share the data", ["goal-1"]), s(4, "Share the data", ["goal-2"])],
                measures=[Measure(id="measure-1", text="Run a drill", page=1, strategy_ids=["strategy-2"])])
    merge_repeated_strategies(plan)
    assert [x.id for x in plan.strategies] == ["strategy-1", "strategy-3", "strategy-4"]
    assert plan.measures[0].strategy_ids == ["strategy-1"]


def test_a_goal_named_in_short_before_its_own_section_is_that_goal():
    from plancheck.extract.plan import merge_repeated_goals
    from plancheck.models import Goal

    def g(i: int, text: str) -> Goal:
        return Goal(id=f"goal-{i}", text=text, page=1)

    plan = Plan(source=SourceInfo(path="x.pdf", format="pdf", sha256="0", pages=1),
                goals=[g(1, "Reduce waste"), g(2, "Grow canopy"), g(3, "Reduce household waste"), g(4, "Grow the urban canopy"),
                       g(5, "Clean air")],
                measures=[Measure(id="measure-1", text="Compost", page=1, goal_ids=["goal-3"]),
                          Measure(id="measure-2", text="Plant", page=1, goal_ids=["goal-4"])])
    merge_repeated_goals(plan)
    # the short names go to the served goals that hold all their words; a goal named nowhere
    # later stays, and so does a goal with nothing served after it
    assert [x.text for x in plan.goals] == ["Reduce household waste", "Grow the urban canopy", "Clean air"]
    plan = Plan(source=SourceInfo(path="x.pdf", format="pdf", sha256="0", pages=1),
                goals=[g(1, "Reduce waste"), g(2, "Reduce household waste")])
    merge_repeated_goals(plan)
    assert len(plan.goals) == 2  # nothing served: two goals as written


def test_a_name_in_an_overview_list_of_goals_goes_with_the_names_that_repeat_later_goals():
    from plancheck.extract.plan import merge_repeated_goals
    from plancheck.models import Goal

    def g(i: int, text: str, page: int, section: str) -> Goal:
        return Goal(id=f"goal-{i}", text=text, page=page, section_id=section)

    def plan_of(goals: list[Goal]) -> Plan:
        return Plan(source=SourceInfo(path="x.pdf", format="pdf", sha256="0", pages=2), goals=goals,
                    measures=[Measure(id=f"measure-{i}", text="Act", page=2, goal_ids=[x.id])
                              for i, x in enumerate(goals) if x.page == 2])

    # a banner "Objectives:" list on p. 1; the body on p. 2 calls its second name otherwise
    banner = [g(1, "Litter reduction", 1, "s1"), g(2, "Civic learning", 1, "s1"), g(3, "Market watch", 1, "s1")]
    body = [g(4, "Litter Reduction", 2, "s1"), g(5, "Grow Outreach and Teaching", 2, "s1"), g(6, "Market Watch", 2, "s1")]
    plan = plan_of(banner + body)
    merge_repeated_goals(plan)
    assert [x.text for x in plan.goals] == ["Litter Reduction", "Grow Outreach and Teaching", "Market Watch"]
    # one repeat only: no overview, the other names stay goals
    plan = plan_of([g(1, "Litter reduction", 1, "s1"), g(2, "Civic learning", 1, "s1"), g(3, "Quiet streets", 1, "s1"),
                    g(4, "Litter Reduction", 2, "s1")])
    merge_repeated_goals(plan)
    assert [x.text for x in plan.goals] == ["Civic learning", "Quiet streets", "Litter Reduction"]


def test_an_asterisk_note_read_into_the_item_is_left_out():
    from plancheck.extract.state import without_asterisk_note

    row = "Buy power for the city* from local sources. * “Local” means within 50 miles; wind; solar."
    assert without_asterisk_note(row) == "Buy power for the city* from local sources."
    # no word marked with an asterisk: a lone asterisk is text, not a note
    assert without_asterisk_note("Cut waste. * Then recycle.") == "Cut waste. * Then recycle."
    blocks = [_h("Actions"), _li("Buy power for the city* from local sources. * “Local” means within 50 miles.")]
    assert [m.text for m in _plan(blocks, "en").measures] == ["Buy power for the city* from local sources."]


def test_a_note_under_an_item_is_no_item_of_its_own():
    blocks = [_h("Objectives"), _li("Cut energy use in city buildings"),
              _li("NOTE: Only buildings that can switch off their lights will count.", level=2),
              _li("Plant more street trees")]
    assert [g.text for g in _plan(blocks, "en").goals] == ["Cut energy use in city buildings", "Plant more street trees"]
    blocks = [_h("Tiltak"), _li("Lage en plan for lysstyring"), _li("Merk: gjelder bare rådhuset.", level=2)]
    assert [m.text for m in _plan(blocks, "nb").measures] == ["Lage en plan for lysstyring"]


# --------------------------------------------------------------------------- announced headings


def _lettered(text: str, letter: str) -> Block:
    return Block(id="", kind=BlockKind.list_item, text=text, level=4, number=f"{letter}.")


def test_announced_numbered_topics_over_lettered_items_are_focus_areas_not_goals():
    plan = _plan([
        _h("Overview", level=1),
        _p("The goals and objectives for each section of this plan are as follows:"),
        _h("Reduction Targets", level=1, number="1"),
        _h("Transport Systems", level=1, number="2"),
        _lettered("Encourage staff to cycle to work", "a"),
        _h("Green Space", level=1, number="3"),
        _lettered("Tree canopy", "a"),
        _lettered("Pollinator gardens", "b"),
    ], "en")
    assert [g.text for g in plan.goals if g.text in ("Reduction Targets", "Transport Systems", "Green Space")] == []
    assert [f.text for f in plan.focus_areas][-3:] == ["Reduction Targets", "Transport Systems", "Green Space"]


def test_announced_numbered_goals_that_state_an_aim_stay_goals():
    plan = _plan([
        _h("Overview", level=1),
        _p("The goals of this plan are as follows:"),
        _h("All residents shall have a safe home by 2030", level=1, number="1"),
        _lettered("Every child shall have a warm room", "a"),
        _h("Emissions shall fall by half before 2030", level=1, number="2"),
    ], "en")
    texts = [g.text for g in plan.goals]
    assert "All residents shall have a safe home by 2030" in texts and "Emissions shall fall by half before 2030" in texts


def test_a_paragraph_that_says_how_the_plan_is_laid_out_is_no_item():
    from plancheck.extract.plan import describes_layout

    assert describes_layout("Under hvert delmål står de indsatser, vi sætter i gang.", "da")
    assert not describes_layout("Vi vil styrke de forebyggende indsatser for at nå målene.", "da")
    plan = _plan([
        _h("Strategies", level=1),
        _p("Under each goal stand the strategies we will follow in the coming years."),
        _li("Work with schools on healthy meals"),
    ], "en")
    assert [s.text for s in plan.strategies] == ["Work with schools on healthy meals"]


def test_must_bullets_inside_a_measure_unit_are_its_strategies():
    blocks = [
        _h("Indsatsområde børn", level=1),
        _h("Aktivitet 1 Lektiehjælp i bydelen", level=2),
        _h("Indhold og praksis", level=3),
        _li("Børn og unge skal motiveres med aktiviteter og netværk"),
        _li("Forældre skal involveres i børnenes udvikling i hverdagen"),
        _h("Idéer", level=3),
        _li("Tilrettelæggelse af aktiviteter sammen med familierne"),
        _li("Kontakt mellem forældre og frivillige"),
    ]
    plan = _plan(blocks, "da")
    assert [s.text for s in plan.strategies] == [
        "Børn og unge skal motiveres med aktiviteter og netværk",
        "Forældre skal involveres i børnenes udvikling i hverdagen",
    ]


def test_lead_in_ending_in_the_word_that_opens_a_clause_announces_goals():
    """"Byrådet vil arbejde for, at" over lettered fragments: each item completes the sentence,
    the state the council works for, so each is a goal (lower case and trailing comma as typed).
    The same line ending in a noun announces nothing."""
    items = [
        _li("vandløbene opnår god økologisk tilstand,"),
        _li("alle borgere har let adgang til natur tæt på, hvor de bor."),
    ]
    blocks = [_h("Natur og vand"), _p("Natur dækker i dag 9 procent af arealet."), _p("Byrådet vil arbejde for, at"), *items]
    plan = _plan(blocks, "da")
    assert [g.text for g in plan.goals] == [
        "vandløbene opnår god økologisk tilstand,",
        "alle borgere har let adgang til natur tæt på, hvor de bor.",
    ]
    assert _plan([_h("Natur og vand"), _p("Byrådet vil arbejde for naturen"), *items], "da").goals == []
    english = _plan([_h("Places"), _p("The council will work to ensure that"), _li("every street is clean and safe,")], "en")
    assert [g.text for g in english.goals] == ["every street is clean and safe,"]


# --------------------------------------------------------------------------- restated measures


def _owned(i: int, text: str, goals: list[str], owner: str | None = None, due: str | None = None) -> Measure:
    from plancheck.models import Deadline, Owner

    m = _m(i, text)
    m.goal_ids = goals
    if owner:
        m.owners = [Owner(text=owner, kind="unit")]
    if due:
        m.deadline = Deadline(text=due, kind="period")
    return m


def test_a_measure_printed_again_word_for_word_is_one_measure():
    from plancheck.extract.plan import _drop_restated_measures

    plan = Plan(source=SourceInfo(path="x", format="pdf", sha256="0", pages=1), measures=[
        _owned(1, "Starte ei rettleiingsgruppe for fosterforeldre", ["goal-1"], due="Hausten 2026"),
        _owned(2, "Kartlegge behovet for avlasting", ["goal-1"], "Familiesenteret", "2027"),
        # the summary table: the first again (its owner is new), the second again
        _owned(3, "Starte ei rettleiingsgruppe for fosterforeldre.", ["goal-1"], "Familiesenteret"),
        _owned(4, "Kartlegge behovet for avlasting", [], "Familiesenteret"),
        # the same words under another goal, or due another year, or by another unit: other work
        _owned(5, "Kartlegge behovet for avlasting", ["goal-2"], "Familiesenteret"),
        _owned(6, "Kartlegge behovet for avlasting", ["goal-1"], "Familiesenteret", "2029"),
        _owned(7, "Kartlegge behovet for avlasting", ["goal-1"], "Helsestasjonen"),
    ])
    _drop_restated_measures(plan)
    assert [m.id for m in plan.measures] == [f"measure-{i}" for i in range(1, 6)]
    first = plan.measures[0]
    assert [o.text for o in first.owners] == ["Familiesenteret"] and first.deadline.text == "Hausten 2026"
    assert [m.goal_ids for m in plan.measures[2:]] == [["goal-2"], ["goal-1"], ["goal-1"]]
