"""The rød tråd's lift of a goal whose every concern the chosen evidence answers in other words
(session 33, `pstat33b`, ParentSettings.answered_lift), and its three guards. Hand-built plans in
nb, nn, sv, da and en; the parent goals, child items and expected statuses were written before
plancheck ran on them."""

from __future__ import annotations

from dataclasses import replace

from plancheck.mandate.parents import DEFAULT_PARENT_SETTINGS, assess_parent
from tests.test_parent_status33 import _child, _parent, _status

# (lang, parent goal, child goal, its measures): every concern of the goal answered by the
# child's goal and measures, in words of their own
ANSWERED = [
    (
        "nb",
        "Innbyggerne skal være fysisk aktive i hverdagen.",
        "Flere skal gå og sykle til jobb og skole.",
        ["Kampanjen «Hverdagsaktiv» med gåkonkurranse hver vår", "Turstier med lys i alle bygder"],
    ),
    (
        "sv",
        "Invånarna ska vara fysiskt aktiva i vardagen.",
        "Fler ska gå och cykla till arbete och skola.",
        ["Kampanjen «Vardagsaktiv» med promenadtävling varje vår", "Belysta motionsspår i alla kommundelar"],
    ),
    (
        "da",
        "Borgerne er fysisk aktive i hverdagen.",
        "Flere skal gå og cykle til arbejde og skole.",
        ["Kampagnen «Hverdagsaktiv» med gåkonkurrence hvert forår", "Oplyste motionsstier i alle landsbyer"],
    ),
]

# the lift alone: every concern answered, one measure answering two of them ("Hverdagsmosjon"),
# the shared words too few for the score
WALKING = [
    ("sv", "Invånarna ska vara fysiskt aktiva i vardagen.", "Fler ska gå till arbete och skola.",
     ["Vardagsmotion: promenadtävling och motionsspår i alla kommundelar", "Belysta gångvägar"]),
    ("nb", "Innbyggerne skal være fysisk aktive i hverdagen.", "Flere skal gå til jobb og skole.",
     ["Hverdagsmosjon: gåkonkurranse og turstier i alle bygder", "Lys langs gangveiene"]),
    ("da", "Borgerne er fysisk aktive i hverdagen.", "Flere skal gå til arbejde og skole.",
     ["Hverdagsmotion: gåkonkurrence og motionsstier i alle landsbyer", "Lys langs gangstierne"]),
]

# (lang, the goal's concern word in its sentence, one kind of it, two kinds, the word itself);
# da is left out: its compounds ("skolevejen") are not split by the reader, so they hold no part
# of "vejene" at all (no kind to guard)
ONE_KIND = [
    ("nb", "Det skal være trygt å ferdes langs veiene.", "Alle skoler kartlegger skoleveien.",
     "Skoleveien og riksveien får lys.", "Veiene får lys."),
    ("sv", "Det ska vara tryggt att röra sig längs vägar.", "Alla skolor kartlägger skolvägen.",
     "Skolvägen och gångvägen får belysning.", "Vägar får belysning."),
]

# (lang, goal, the concern's head word, an item naming only a part of its compound, one naming it)
COMPOUND_PART = [
    ("da", "Der skal være flere arbejdspladser.", "arbejdspladser",
     "Der skal være plads til nye familier.", "Nye arbejdspladser i landsbyerne."),
    ("nb", "Det skal bli flere arbeidsplasser.", "arbeidsplasser",
     "Det skal være plass til nye familier.", "Nye arbeidsplasser i bygdene."),
]


# other chapters of the child, so that shared words weigh as in a whole plan (a plan of one goal
# weighs every word alike)
OTHER = {
    "nb": [
        ("", "Drikkevannet skal ha god kvalitet.", ["Nytt høydebasseng på Haugen", "Utskifting av gamle vannledninger"]),
        ("", "Kulturskolen skal nå flere elever.", ["Lengre åpningstid i kulturskolen", "Samarbeid med korpsene"]),
        ("", "Næringslivet skal vokse.", ["Næringsareal ved havna", "Gründerkontor i rådhuset"]),
    ],
    "sv": [
        ("", "Dricksvattnet ska ha god kvalitet.", ["Ny vattenreservoar på Berget", "Byte av gamla vattenledningar"]),
        ("", "Kulturskolan ska nå fler elever.", ["Längre öppettider i kulturskolan", "Samarbete med musikföreningarna"]),
        ("", "Näringslivet ska växa.", ["Verksamhetsmark vid hamnen", "Företagslots i kommunhuset"]),
    ],
    "da": [
        ("", "Drikkevandet skal have god kvalitet.", ["Nyt vandværk ved Bakken", "Udskiftning af gamle vandledninger"]),
        ("", "Musikskolen skal nå flere elever.", ["Længere åbningstid i musikskolen", "Samarbejde med orkestrene"]),
        ("", "Erhvervslivet skal vokse.", ["Erhvervsareal ved havnen", "Iværksætterkontor på rådhuset"]),
    ],
}


def _assess(lang, pgoal, cgoal, measures, **kw):
    parent = _parent([("1", pgoal)], lang)
    child = _child(lang, [("", cgoal, measures), *OTHER[lang]])
    settings = replace(DEFAULT_PARENT_SETTINGS, **kw)
    cov, _ = assess_parent(child, parent, lang=lang, settings=settings)
    return cov[0]


def test_every_concern_answered_in_other_words_is_followed_up():
    for lang, pgoal, cgoal, measures in ANSWERED:
        got = _assess(lang, pgoal, cgoal, measures)
        assert _status(got) == "followed_up", (lang, pgoal, _status(got))
        assert got.evidence, (lang, pgoal)


def test_the_lift_moves_a_goal_whose_shared_words_are_too_few():
    for row in WALKING:
        assert _status(_assess(*row, answered_lift=False)) == "partial", row[0]
        assert _status(_assess(*row)) == "followed_up", row[0]


def test_words_found_here_and_there_are_not_lifted():
    """Each measure answering one concern (a walking campaign, lit trails in the villages): no
    item restates two of the goal's concerns, so the goal stays partial."""
    for lang, pgoal, cgoal, _ms in WALKING:
        scattered = {
            "sv": ["Promenadtävling varje vår", "Belysta motionsspår i alla kommundelar", "Vardagsträffar"],
            "nb": ["Gåkonkurranse hver vår", "Turstier med lys i alle bygder", "Hverdagstreff"],
            "da": ["Gåkonkurrence hvert forår", "Oplyste motionsstier i alle landsbyer", "Hverdagsmøder"],
        }[lang]
        assert _status(_assess(lang, pgoal, cgoal, scattered)) != "followed_up", lang


def _head(goal: str, lang: str, surface: str | None = None):
    from plancheck.mandate.parents import concerns, goal_words

    cs = concerns(goal_words(goal, lang), goal)
    if surface is None:
        return cs[-1].objects[-1]
    return next(w for c in cs for w in c.objects if w.surface == surface)


def _keys(text: str, lang: str) -> set[str]:
    from plancheck.mandate.parents import heading_words, item_keys_of

    return item_keys_of(heading_words(text, lang))


def test_one_narrower_kind_is_a_part_of_the_thing():
    """'skolevei' alone for 'veiene' is one kind of road (a part); two kinds, or the word
    itself, answer it."""
    from plancheck.mandate.parents import one_kind_only

    for lang, goal, one, two, itself in ONE_KIND:
        w = _head(goal, lang)
        assert one_kind_only(w, [one], _keys(one, lang), lang), (lang, one)
        assert not one_kind_only(w, [two], _keys(two, lang), lang), (lang, two)
        assert not one_kind_only(w, [itself], _keys(itself, lang), lang), (lang, itself)


def test_a_part_of_the_goals_compound_does_not_hold_it():
    """An item naming 'plads' holds no 'arbejdspladser': the compound's part is a broader or
    another thing."""
    from plancheck.mandate.parents import head_in_kind

    for lang, goal, surface, part, itself in COMPOUND_PART:
        w = _head(goal, lang, surface)
        assert not head_in_kind(w, _keys(part, lang)), (lang, part)
        assert head_in_kind(w, _keys(itself, lang)), (lang, itself)
