"""Session 35 (pair35m): a point's frame in every language, and a stop word of one language
family is a word of the other's text (docs/mandate.md, 'Session 35, pair35m')."""

from plancheck.mandate import text as T


def _stop(word: str, lang: str) -> bool:
    return all(t.stop for t in T.terms(word, lang))


def test_light_words_that_make_a_phrase_stay_words():
    # "take part" is to participate
    assert not _stop("take", "en")
    assert _stop("make", "en")


def _existence(text: str, lang: str) -> list[bool]:
    return [t.stop for t in T.terms(text, lang) if t.lemma in T.EXISTENCE or t.surface.lower() in T.EXISTENCE]


def test_the_verb_of_existence_after_a_question_word_is_its_frame():
    assert _existence("kartleggje kor mange plassar det finst i dag", "nn") == [True]
    assert _existence("vilka stöd som finns i dag", "sv") == [True]
    assert _existence("hvilke ordninger der findes til stier", "da") == [True]
    assert _existence("list which schemes exist for halls", "en") == [True]
    # a yes/no question asks whether they exist: the verb is what is asked
    assert _existence("Finst det freda kulturminne i felta?", "nn") == [False]
    # another clause's question word does not reach it
    assert _existence("Hvor ligger det? Det finnes ingen oversikt.", "nb") == [False]
    # not for the rød tråd's goals (degree=False), as the degree words
    assert [t.stop for t in T.terms("hvilke tilbud som finnes", "nb", degree=False)][-1] is False


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
