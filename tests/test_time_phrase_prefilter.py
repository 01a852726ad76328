"""time_phrase tries only runs of words some time pattern touches (deadlines._timed_words): it must
find what trying every run finds, on printed sentences and on sentences made of time words."""

from hypothesis import given, settings
from hypothesis import strategies as st

from plancheck.lang import deadlines as dl
from plancheck.lang import timewords as tw
from plancheck.lang.deadlines import PhraseSettings, _lead_before, time_only, time_phrase


def _every_run(sentence: str) -> str:
    """time_phrase as first written: every run of up to max_words words tried."""
    settings = PhraseSettings()
    words = [w.strip(",;:!?()") for w in sentence[: dl.MAX_CHARS].rstrip(" .").split()]
    joiners = {w.lower() for w in tw.SEASON_PREPOSITIONS}
    best = None
    for i in range(len(words)):
        if not words[i] or words[i].lower() in joiners:
            continue
        for j in range(min(len(words), i + settings.max_words), i, -1):
            span = [w for w in words[i:j] if w]
            if not span or span[-1].lower() in joiners:
                continue
            core = " ".join(w for w in span if w.lower() not in joiners)
            if time_only(" ".join(span)) or time_only(core):
                begin = _lead_before(words, i, settings)
                rank = (any(c.isdigit() for c in core), j - begin, -begin)
                if best is None or rank > best[0]:
                    best = (rank, begin, j)
                break
    return " ".join(w for w in words[best[1] : best[2]] if w) if best else ""


PRINTED = [
    "Teknisk drift gjennomfører tiltaket innen utgangen av 2027.",
    "Kulturkontoret holder kurs for frivillige hver høst i uke 38.",
    "Rektor kulturskulen · Haust 2026",
    "• Greie ut ei ordning med demensvenlege butikkar – 2027 – M3",
    "Socialförvaltningen ansvarar för att ta fram rutiner senast den 1 mars 2027.",
    "This will be delivered by the Housing Team by March 2027.",
    "In 2018, the city adopted a plan; the work continues on an ongoing basis.",
    "Antagen av kommunfullmäktige den 27 april 2026, § 54",
    "Plan: Handlingsplan · Period: 2026–2028 · Nivå: Arbetsmarknadsnämnden",
    "1.2 Tilbyde energitæt kost og Centralkøkkenet og 1. kvartal 2027 ✖ Afventer ny",
    "Innen 1. mars 2027 tilbyr biblioteket lesestunder i 2. halvår 2028.",
    "Kommunen skal løpende vurdere tiltakene i planperioden.",
    "Arbeidet startar VT27 og held fram til HT28.",
]


def test_printed_sentences_read_as_every_run_reads_them():
    for s in PRINTED:
        assert time_phrase(s) == _every_run(s), s


def test_a_sentence_with_a_phrase_finds_it():
    # the prefilter must not hide what it exists to speed up (a test that can fail)
    assert time_phrase("Teknisk drift gjennomfører tiltaket innen utgangen av 2027.") != ""


_PIECES = [
    "innen", "utgangen", "av", "2027", "1.", "mars", "hver", "høst", "i", "uke", "38", "løpende",
    "Kulturkontoret", "gjennomfører", "tiltaket", "·", "–", "senast", "by", "March", "2026–2028",
    "VT27", "kvartal", "planperioden", "årlig", "and", "the", "team", "§", "54", "(HT", "2026)", "()", ",", "1. i kvartal", "hvert år i mars", "fra", "til", "2029",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=14))
def test_made_up_sentences_read_as_every_run_reads_them(words):
    s = " ".join(words)
    assert time_phrase(s) == _every_run(s)
