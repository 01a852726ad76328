"""Which of nb, nn, sv, da, en a text is written in.

Why not simplemma's ``langdetect`` alone: it scores the share of words its dictionaries know,
and bokmål, nynorsk and Danish share most of their words ("og", "for", "kommunen"), so on a short
paragraph it often calls nynorsk or Danish text bokmål (or the reverse). The spelling of a few
frequent function words settles it (nn "ikkje", "eg", "frå", "kva"; nb "ikke", "jeg", "fra",
"hva"; da "af", "ikke" with "og", "efter", "udvikling"; sv "och", "inte", "är"). So we count
those characteristic words (weighted: a word only one language uses counts more), add the
letters only Swedish uses (ä, ö), and use simplemma's scores as a tie-breaker.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

import simplemma  # only its module; dictionaries load on first use

LANGS = ("nb", "nn", "sv", "da", "en")
DEFAULT = "nb"

# Words only one of the five languages writes this way (each counts 3).
UNIQUE: dict[str, list[str]] = {
    "nn": [
        "ikkje", "eg", "frå", "kva", "korleis", "kvifor", "kven", "vere", "vore", "hovudmål",
        "strategiar", "ansvarleg", "ein", "eit", "dei", "desse", "berre", "heile", "noko",
        "nokre", "mykje", "òg", "vert", "vart", "gjere", "gjer", "innbyggjarar", "innbyggjarane",
        "tenester", "tenestene", "tenesta", "teneste", "utfordringar", "moglegheiter", "kommunane",
        "saman", "fleire", "medan", "sjølv", "dykk", "treng", "meir", "difor", "tiltaka", "måla",
        "barnehagane", "skulen", "skular", "heilskapleg", "leggje", "sjå", "bustad", "bustader",
        "særleg", "ønskjer", "einingar", "eining", "verksemd", "nokon", "hjå", "betre",
        "tilsette", "utvikla", "gjennomførast", "born", "borna", "eldre", "vidare",
    ],
    "nb": [
        "hva", "mye", "noe", "noen", "ble", "gjøre", "gjør", "innbyggere", "innbyggerne",
        "tjenester", "tjenestene", "utfordringer", "muligheter", "kommunene", "helhetlig", "mer",
        "trenger", "dere", "tiltakene", "barnehagene", "enheter", "virksomhet", "nå",
        "utvikle", "gjennomføres", "barna", "arbeidsgiver", "hjelp",
    ],
    "da": [
        "af", "hvad", "efter", "mellem", "gennem", "udvikling", "borgere", "borgerne", "børn",
        "børnene", "ældre", "sundhed", "meget", "nu", "bliver", "blev", "nogle", "noget", "nogen",
        "arbejde", "arbejder", "understøtte", "uddannelse", "fællesskab", "fællesskaber",
        "igennem", "indsats", "indsatser", "målsætning", "målsætninger", "tiltag", "handleplan",
        "gør", "gøre", "mere", "muligheder", "udfordringer", "vores", "jer", "kommunerne",
        "hjælpe", "trivsel", "medarbejdere", "særligt", "sammenhæng", "udvikle",
    ],
    "sv": [
        "och", "inte", "är", "för", "åtgärd", "åtgärder", "att", "ska", "också", "mellan",
        "äldre", "hälsa", "invånare", "vara", "våra", "alla", "arbeta", "arbetet", "verksamhet",
        "verksamheten", "ett", "behöver", "bör", "när", "hur", "vad", "detta", "dessa", "till",
        "genom", "utveckling", "insatser", "kommer", "sig", "där", "även", "öka", "bättre",
        "målsättning",
    ],
    "en": [
        "the", "and", "of", "to", "in", "is", "will", "with", "we", "our", "are", "be", "this",
        "that", "on", "as", "from", "which", "have", "has", "it", "an", "should", "council",
        "community", "people", "services", "their", "into", "through", "all", "local",
    ],
}

# Words two or three of the languages share: each counts 1 for every language that uses it, so
# they add up only when nothing unique is there.
SHARED: dict[str, tuple[str, ...]] = {
    "ikke": ("nb", "da"), "jeg": ("nb", "da"), "være": ("nb", "da"), "hvordan": ("nb", "da"),
    "også": ("nb", "da"), "hvorfor": ("nb", "da"), "hvem": ("nb", "da"), "disse": ("nb", "da"),
    "hele": ("nb", "da"), "sammen": ("nb", "da"), "flere": ("nb", "da"), "selv": ("nb", "da"),
    "mens": ("nb", "da"), "en": ("nb", "da", "sv"), "et": ("nb", "da"), "de": ("nb", "da", "sv"),
    "etter": ("nb", "nn"), "gjennom": ("nb", "nn"), "mellom": ("nb", "nn"),
    "utvikling": ("nb", "nn"), "eldre": ("nb", "nn"), "helse": ("nb", "nn"), "blir": ("nb", "nn"),
    "av": ("nb", "nn", "sv"), "skal": ("nb", "nn", "da"), "derfor": ("nb", "nn", "da"),
    "til": ("nb", "nn", "da"), "og": ("nb", "nn", "da"), "som": ("nb", "nn", "da", "sv"),
    "vi": ("nb", "nn", "da", "sv"), "har": ("nb", "nn", "da", "sv"), "med": ("nb", "nn", "da", "sv"),
    "skoler": ("nb", "da"), "vil": ("nb", "nn", "da"), "kan": ("nb", "nn", "da", "sv"),
    "barn": ("nb", "nn", "sv"), "vår": ("nb", "nn", "sv"), "mål": ("nb", "nn", "da", "sv"),
    "strategier": ("nb", "da", "sv"), "ansvarlig": ("nb", "da"), "hovedmål": ("nb", "da"),
    "for": ("nb", "nn", "da", "en"), "kommunen": ("nb", "nn", "da", "sv"),
    "bedre": ("nb", "da"), "ønsker": ("nb", "da"), "hos": ("nb", "da"), "boliger": ("nb", "da"),
    "ansatte": ("nb", "da"), "videre": ("nb", "da"), "hvilke": ("nb", "da"), "særlig": ("nb", "da"),
    "oppfølging": ("nb", "nn"), "dette": ("nb", "nn"), "arbeidet": ("nb", "nn"),
    "gjennomføre": ("nb", "nn"), "oppvekst": ("nb", "nn"), "godt": ("nb", "nn", "da"),
}

_UNIQUE_WEIGHT = 3.0
_SHARED_WEIGHT = 1.0
_SUFFIXES = (  # nynorsk -ar/-ane plurals against bokmål/Danish -er/-ene
    (re.compile(r"\w{3,}(?:ane|ar)$"), "nn", 0.5),
)

_WORD = re.compile(r"[a-zæøåäöéèüòôâ]+")


@lru_cache(maxsize=1)
def _weights() -> dict[str, dict[str, float]]:
    """word → {lang: weight}."""
    table: dict[str, dict[str, float]] = {}
    for lang, ws in UNIQUE.items():
        for w in ws:
            table.setdefault(w, {})[lang] = _UNIQUE_WEIGHT
    for w, langs in SHARED.items():
        for lang in langs:
            table.setdefault(w, {}).setdefault(lang, _SHARED_WEIGHT)
    return table


def _scores(text: str) -> Counter[str]:
    low = text.lower()
    weights = _weights()
    scores: Counter[str] = Counter()
    for tok in _WORD.findall(low):
        for lang, weight in weights.get(tok, {}).items():
            scores[lang] += weight
        for rx, lang, weight in _SUFFIXES:
            if rx.match(tok):
                scores[lang] += weight
    # letters: ä/ö are Swedish only, æ/ø never Swedish
    scores["sv"] += 1.5 * len(re.findall(r"[äö]", low)) - 1.5 * len(re.findall(r"[æø]", low))
    return scores


def detect_language(text: str) -> str:
    """One of "nb", "nn", "sv", "da", "en" ("nb" for empty or undecidable text)."""
    if not text or not _WORD.search(text.lower()):
        return DEFAULT
    scores = _scores(text)
    if not _undecided(scores):
        return _best(scores)
    try:
        for lang, share in simplemma.langdetect(text, lang=LANGS):
            if lang in LANGS:
                scores[lang] += _TIE_WEIGHT * share  # worth less than one marker word
    except Exception:  # pragma: no cover - simplemma is an aid, never a reason to fail
        pass
    return _best(scores)


#: the most simplemma's share (0-1) adds to a language's score
_TIE_WEIGHT = 2.0


def _best(scores: Counter[str]) -> str:
    best = max(LANGS, key=lambda lang: (scores[lang], lang == DEFAULT))
    return best if scores[best] > 0 else DEFAULT


def _undecided(scores: Counter[str]) -> bool:
    """Could simplemma's tie-breaker change the answer? Only when another language is within
    its weight of the leader (or nothing scored yet). Asking it loads the dictionaries of all
    five languages (seconds, 300 MB), so a text the marker words settle does not ask."""
    top = max(scores[lang] for lang in LANGS)
    if top <= 0:
        return True
    return sum(1 for lang in LANGS if scores[lang] + _TIE_WEIGHT >= top) > 1
