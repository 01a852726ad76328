"""The compound splitter splits only where both sides are words of the language.

simplemma's dictionaries hold fragments that are no words ("kon", "tran", "ford", "kont"), so a
split that only asks for two known strings cut "transport" into tran+sport and
"korttidsopphald" into korttid+sopp+hald; those parts became anchors and keys of a mandate point. The right splits
(a modifier and a head that are words, with a linking -s-/-e-) stay.
"""

import pytest

from plancheck.mandate import text as T


@pytest.mark.parametrize(
    ("word", "lang", "parts"),
    [
        ("skoletrivsel", "nb", ("skole", "trivsel")),
        ("matproduksjon", "nb", ("mat", "produksjon")),
        ("boligbehov", "nb", ("bolig", "behov")),
        ("kollektivtransport", "nb", ("kollektiv", "transport")),
        ("korttidsopphold", "nb", ("korttids", "opphold")),
        ("arbeidsplasser", "nb", ("arbeid", "plass")),
        ("befolkningstall", "nb", ("befolkning", "tall")),
        ("utslippskutt", "nb", ("utslipp", "kutt")),
        ("byggesaker", "nb", ("bygge", "sak")),
        ("rusmiddel", "nb", ("rus", "middel")),
        ("nærmiljøet", "nn", ("nær", "miljø")),
        ("friluftsliv", "nb", ("friluft", "liv")),
    ],
)
def test_a_compound_of_two_words_is_split(word: str, lang: str, parts: tuple[str, ...]) -> None:
    assert T.compound_split(word, lang)[0] == parts


@pytest.mark.parametrize(
    ("word", "lang"),
    [
        ("transport", "nb"),  # not tran|sport: the -s reads on either side of the joint
        ("transporten", "nn"),  # not trans|port: "trans" is a prefix, no word
        # a word the dictionary knows whole splits only into a modifier it knows too: not
        # leverand|ører, itself leve|rand
        ("leverandører", "nb"),
        ("entreprenørene", "nb"),
        ("korttidsopphald", "nn"),  # not korttid|sopp|hald: "opp" belongs to the head
        ("korttidsopphald", "nb"),
        ("prosjekter", "nb"),  # not pro|sjekt
        ("personer", "nb"),  # not per|sone
        ("organisering", "nb"),  # not organise|ring, itself orge|nise
    ],
)
def test_a_word_cut_at_a_fragment_is_no_compound(word: str, lang: str) -> None:
    assert T.compound_split(word, lang)[0] == ()


def test_no_bogus_part_becomes_a_key_of_the_word() -> None:
    """A plan that says "sport" or "port" shares no key with a point about transport."""
    keys = set().union(*(t.keys for t in T.terms("Transporten og korttidsopphaldet", "nn")))
    assert not keys & {"sport", "port", "tran", "trans", "sopp", "hald"}
    assert {"transport", "korttidsopphald"} <= keys


def test_a_modifier_is_judged_by_its_form() -> None:
    assert T._real_modifier("mat", strict=False)  # a short word
    assert not T._real_modifier("trans", strict=False)  # a prefix
    assert not T._real_modifier("korttidsopp", strict=False)  # ends in a particle
    assert T._real_modifier("inne", strict=False)  # "inn" + a linking -e: "inneklima"


def test_a_word_modifying_a_compound_s_modifier_is_weak_evidence():
    """"Fuglekikketårnet … er et kjent turmål" names a tower (for watching birds): "fugl" is
    two steps from what the compound names, and the sentence says nothing of the birds. A
    plain modifier ("fuglelivet", "fugletårnet") or the word itself still answers."""
    from dataclasses import replace

    import test_mandate_support as support

    from plancheck.mandate import find_points
    from plancheck.mandate import text as T
    from plancheck.mandate.match import DEFAULT_SETTINGS, _modifier_keys, assess_points

    plan = support.make_plan(
        [
            ("Friluftsliv", ["Fuglekikketårnet ved Storvatnet er et kjent turmål."]),
            ("Stier", ["Stiene i fjellet skal merkes innen 2027."]),
        ],
        title="Kommunedelplan for Fjellheim",
    )
    points = find_points(["Planprogram\n\n1. Hvordan skal hensynet til fuglene ivaretas?"])
    (c,) = assess_points(plan, points, "nb")
    assert c.status != "covered"
    (before,) = assess_points(plan, points, "nb", settings=replace(DEFAULT_SETTINGS, modifier_only=1.0))
    assert before.status == "covered"
    (tower,) = T.terms("fuglekikketårnet", "nb")
    assert "fugl" in _modifier_keys(tower) and "tårn" not in _modifier_keys(tower)
    (plain,) = T.terms("elevrådet", "nb")
    assert not _modifier_keys(plain)


def test_a_head_known_as_its_own_base_form_is_kept_whole():
    """"flom|fare" is a danger of flooding, not a father: a head the dictionary knows as its own
    base form is not cut to a shorter word ("fare" → "far"); "plasser" still gives "plass"."""
    from plancheck.mandate import text as T

    assert T.compound_split("flomfare", "nb")[0][-1] == "fare"
    assert T.compound_split("sykehjemsplasser", "nb")[0] == ("sykehjem", "plass")
