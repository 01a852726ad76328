"""Session 35 (pair35m): a point's frame in every language, and a stop word of one language
family is a word of the other's text (docs/mandate.md, 'Session 35, pair35m')."""

from plancheck.mandate import text as T


def _stop(word: str, lang: str) -> bool:
    return all(t.stop for t in T.terms(word, lang))


def test_light_words_that_make_a_phrase_stay_words():
    # "take part" is to participate; "Finst det freda kulturminne …?" asks whether they exist
    assert not _stop("take", "en")
    assert not _stop("finst", "nn")
    assert _stop("make", "en")


def test_frame_verbs_of_every_målform():
    # nn "syne" as nb "vise", sv "ange" as nb "angi", da "udkast" as nb "utkast"
    assert _stop("syne", "nn")
    assert _stop("ange", "sv")
    assert _stop("udkast", "da")
    assert _stop("plan", "nb")


def test_a_stop_word_of_the_other_family_is_a_word_of_the_text():
    # bokmål "fire" (four), Swedish "sex" (six): English words; English "by": Danish "by" (town)
    assert not _stop("fire", "en")
    assert not _stop("sex", "en")
    assert not _stop("by", "da")
    assert not _stop("by", "nb")
    # within a family the lists are one: Danish text leans on the bokmål closed classes
    assert _stop("og", "da")
    assert _stop("the", "en")


def test_english_nouns_share_their_verbs_key():
    keys = T.derivation_keys
    assert "provide" in keys("provision", "en")
    assert "erode" in keys("erosion", "en")
    assert "deliver" in keys("delivery", "en")
    # no -ance/-ence rule: "finance" is no "fine"
    assert "fine" not in keys("finance", "en")
