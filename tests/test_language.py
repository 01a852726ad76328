"""The language layer: pipelines and lemmas, compounds, language detection, vocabularies."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from plancheck.lang.detect import UNIQUE, detect_language
from plancheck.lang.nlp import get_nlp, lemma, lemmas, normalize_lang, split_compound
from plancheck.lang.vocab import COLUMN_WORDS, HEADING_WORDS, column_role, heading_role

LANGS = ["nb", "nn", "sv", "da", "en"]

# --------------------------------------------------------------------------- nlp


@pytest.mark.parametrize("lang", LANGS)
def test_pipeline_is_blank_with_lemmatizer_and_cached(lang):
    nlp = get_nlp(lang)
    assert nlp is get_nlp(lang)
    assert nlp.pipe_names == ["simplemma_lemmatizer"]
    assert nlp.meta.get("name") in (None, "pipeline")  # blank: no trained model loaded


def test_nynorsk_pipeline_uses_nynorsk_lemmas():
    assert get_nlp("nn") is not get_nlp("nb")
    assert lemmas("Einingsleiarane skal ikkje vere med", "nn")[:3] == ["einingsleiar", "skulle", "ikkje"]


def test_lemmas():
    assert lemmas("Avdelingene skal styrke tjenestene.", "nb") == [
        "avdeling", "skulle", "styrke", "tjeneste",
    ]
    assert lemmas("The departments were leading, 2026!", "en") == ["the", "department", "be", "lead"]
    assert lemmas("Förvaltningen och nämnden", "sv") == ["förvaltning", "och", "nämnd"]
    assert lemmas("", "nb") == []


def test_token_lemma_set_by_component():
    doc = get_nlp("nb")("Enhetslederne")
    assert doc[0].lemma_ == "enhetsleder"  # an unknown compound: modifier + head lemma


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("boligmassen", ["bolig", "masse"]),
        ("helsestasjonstilbud", ["helsestasjon", "tilbud"]),
        ("enhetsleder", ["enhet", "leder"]),
        ("avdelingsleder", ["avdeling", "leder"]),
        ("tildelingskontoret", ["tildeling", "kontor"]),
        ("kulturskolen", ["kultur", "skole"]),
        ("trafikksikkerhetsplan", ["trafikksikkerhet", "plan"]),
        ("bolig", ["bolig"]),
        ("kommune", ["kommune"]),
        ("xyzzyplugh", ["xyzzyplugh"]),
    ],
)
def test_split_compound(word, parts):
    assert split_compound(word, "nb") == parts


def test_split_compound_english_and_nynorsk():
    assert split_compound("boligmassen", "en") == ["boligmassen"]
    assert split_compound("einingsleiar", "nn") == ["eining", "leiar"]


def test_lemma_helper():
    assert lemma("avdelingene", "nb") == "avdeling"
    assert lemma("enhetsledere", "nb") == "enhetsleder"


@pytest.mark.parametrize(
    ("tag", "code"),
    [("no", "nb"), ("nob", "nb"), ("nn", "nn"), ("sv-SE", "sv"), ("en_GB", "en"), ("da", "da"),
     (None, "nb"), ("xx", "nb")],
)
def test_normalize_lang(tag, code):
    assert normalize_lang(tag) == code


# --------------------------------------------------------------------------- detection

PARAGRAPHS = [
    ("nb", "Kommunen skal sikre at alle innbyggere har tilgang til en trygg bolig. Vi vil styrke "
           "samarbeidet mellom tjenestene, og det er ikke bare kommunen som har ansvar for dette."),
    ("nn", "Kommunen skal sikre at alle innbyggjarar har tilgang til ein trygg bustad. Vi vil "
           "styrkje samarbeidet mellom tenestene, og det er ikkje berre kommunen som har ansvar."),
    ("da", "Kommunen skal sikre, at alle borgere har adgang til en tryg bolig. Vi vil styrke "
           "samarbejdet mellem de forskellige indsatser, og det er ikke kun kommunens ansvar."),
    ("sv", "Kommunen ska säkerställa att alla invånare har tillgång till en trygg bostad. Vi vill "
           "stärka samarbetet mellan förvaltningarna och det är inte bara kommunens ansvar."),
    ("en", "The council will make sure that all residents have access to a safe home. We will "
           "strengthen cooperation between services, and this is not only the council's job."),
    ("nb", "Barn og unge skal få hjelp tidlig. Helsestasjonen og skolehelsetjenesten følger opp."),
    ("nn", "Born og unge skal få hjelp tidleg. Helsestasjonen og skulehelsetenesta følgjer opp."),
    ("da", "Børn og unge skal have hjælp tidligt. Sundhedsplejen følger op på familierne."),
    ("nb", "Hovedmål: Alle skal ha en god og trygg oppvekst."),
    ("nn", "Hovudmål: Alle skal ha ein god og trygg oppvekst."),
    ("sv", "Mål: Alla barn ska ha en trygg uppväxt."),
    ("da", "Målsætning: Alle børn skal have en tryg opvækst."),
    ("en", "Goal: All children have a safe upbringing."),
    ("nn", "Strategiar: Kommunen vil vere ein attraktiv arbeidsgjevar."),
    ("nb", "Hva gjør vi? Vi gjør det vi kan, og ikke mer."),
    ("nn", "Kva gjer vi? Vi gjer det vi kan, og ikkje meir."),
    ("da", "Kommunen vil være en attraktiv arbejdsplads, og vi vil arbejde for flere medarbejdere."),
]


@pytest.mark.parametrize(("lang", "text"), PARAGRAPHS)
def test_detect_language(lang, text):
    assert detect_language(text) == lang


def test_detect_language_defaults():
    assert detect_language("") == "nb"
    assert detect_language("1234 --- !!") == "nb"


def test_unique_markers_are_unique():
    counts = Counter(w for words in UNIQUE.values() for w in set(words))
    assert [w for w, n in counts.items() if n > 1] == []


@settings(max_examples=200)
@given(st.text())
def test_detect_language_total(text):
    assert detect_language(text) in LANGS


# --------------------------------------------------------------------------- vocabularies


@pytest.mark.parametrize(
    ("header", "role"),
    [
        ("Mål", "goal"), ("Tema", "theme"), ("Tiltak", "measure"), ("Ansvarlig", "owner"),
        ("Frist", "deadline"), ("Ansvar", "owner"), ("Ansvarlig enhet", "owner"),
        ("Tidsfrist", "deadline"), ("Når", "deadline"), ("Gjennomføring", "deadline"),
        ("Tidspunkt", "deadline"), ("Tidsramme", "deadline"), ("Eier", "owner"),
        ("Utføres av", "owner"), ("Ansvarleg", "owner"), ("Ansvarig", "owner"),
        ("Förvaltning/bolag", "owner"), ("Lead agency", "owner"), ("Responsible", "owner"),
        ("Timeline", "deadline"), ("Time frame", "deadline"), ("By when", "deadline"),
        ("Kostnad (mill. kr)", "cost"), ("Økonomi", "cost"), ("Budget", "cost"),
        ("Indikator", "indicator"), ("KPI", "indicator"), ("Resultatmål", "indicator"),
        ("Status", "status"), ("Nr.", "number"), ("Tiltak nr.", "number"), ("#", "number"),
        ("Åtgärd", "measure"), ("Action", "measure"), ("Strategi", "strategy"),
        ("Hvem har ansvar", "owner"), ("Tid/ansvar", "deadline"), ("Ansvar-\nlig", "owner"),
        ("Ansvar lig", "owner"), ("Ansvalig", "owner"), ("Tidsfirst", "deadline"),
        ("ANSVARLIG:", "owner"), ("3. Tiltak", "measure"),
    ],
)
def test_column_role(header, role):
    assert column_role(header) == role


@pytest.mark.parametrize("header", ["", "  ", "Foo bar", "2025", "Beskrivelse av noe annet helt"])
def test_column_role_unknown(header):
    assert column_role(header) is None


@pytest.mark.parametrize(
    ("heading", "role"),
    [
        ("Visjon", "vision"), ("Vår visjon", "vision"), ("Satsingsområder", "focus_area"),
        ("Hovedmål", "main_goal"), ("2. Hovudmål", "main_goal"), ("Mål", "goal"),
        ("Våre mål:", "goal"), ("Mål 3: Gode tjenester", "goal"), ("Delmål 1.2", "sub_goal"),
        ("Utfordringer", "challenge"), ("Strategiar", "strategy"), ("Slik gjør vi det", "strategy"),
        ("Tiltak", "measure"), ("Åtgärder", "measure"), ("Indikatorer", "indicator"),
        ("Key actions", "measure"), ("Objectives", "goal"),
    ],
)
def test_heading_role(heading, role):
    assert heading_role(heading) == role


def test_heading_role_rejects_ordinary_headings():
    assert heading_role("Boliger for alle") is None
    assert heading_role("") is None


def test_vocab_covers_every_language():
    for lexicon in (HEADING_WORDS, COLUMN_WORDS):
        for role, by_lang in lexicon.items():
            assert set(by_lang) == set(LANGS), role
            for words in by_lang.values():
                assert words and all(w == w.lower() for w in words), role
