"""Mandate points of mandates-blind34's and -blind35's forms (issue 11 item 1, session 35,
mfind35): an innstilling whose items are typed against their number ("3.Planen skal …", no tab,
so no hanging indent) among items with one; process sentences in the mandate's prose — a
proposal named with its noun ("Forslag til plan skal …", "afleverer sit forslag til …"), the
draft ready for a step ("klart til politisk handsaming i juni"), a body told of the draft
("will be briefed on the draft network"); what is no point — a negated passive without a modal
("… og behandles ikke etter plan- og bygningsloven"), a body told of nothing named. And two
statuses a planner would not sign: a scheme named after the plan's topic, and a subject put off
to a future review."""

from __future__ import annotations

import pytest

from plancheck.mandate import text as T
from plancheck.mandate.match import DEFERRAL_RE, Scorer, Unit, _name_missing
from plancheck.mandate.points import indicative_requirement, is_requirement, read_mandate


def _pdf(path, rows: list[tuple[float, str]], size: float = 10.5) -> None:
    """A one-page PDF (reportlab) of ``rows``: (indent, text); "**" opens a bold line."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    _, h = A4
    y = h - 80
    for x, text in rows:
        bold = text.startswith("**")
        c.setFont("Helvetica-Bold" if bold else "Helvetica", size + (1 if bold else 0))
        c.drawString(60 + x, y, text.strip("*"))
        y -= 18 if bold else 14
    c.save()


# ---------------------------------------------------------------- items typed against their number


def test_items_typed_against_their_number_wrap_at_the_margin(tmp_path):
    # "1." with a hanging indent, then "2.Planen …" whose wrapped line is back at the marker's
    # indent: the wrapped line goes on with its item, the list goes on after it
    _pdf(
        tmp_path / "m.pdf",
        [
            (0, "**Rådmannens innstilling"),
            (0, "1.   Bystyret ber rådmannen utarbeide en plan for friluftsliv for perioden"),
            (22, "2049–2053."),
            (0, "2.Planen skal gi en oversikt over turstier, badeplasser og lysløyper i kommunen og"),
            (0, "vurdere tilstanden til dem."),
            (0, "3.Planen skal beskrive hvordan skolene kan bruke nærområdene i undervisningen, og"),
            (0, "hvordan foreldre kan trekkes med."),
            (0, "4.   Forslag til plan skal legges fram for bystyret innen 1. mars 2050."),
        ],
    )
    pts = read_mandate(tmp_path / "m.pdf")
    assert [p.number for p in pts] == ["2", "3", "4"]
    assert pts[0].text.endswith("vurdere tilstanden til dem.")
    assert pts[1].text.endswith("hvordan foreldre kan trekkes med.")


# ---------------------------------------------------------------- the prose's process sentences


@pytest.mark.parametrize(
    "sentence",
    [
        "Forslag til plan skal legges fram for formannskapet innen 1. november 2047.",
        "Förslag till strategi ska vara klart för politisk behandling i maj 2050.",
        "Planforslaget skal vere klart til politisk handsaming i juni 2048.",
        "Arbejdsgruppen afleverer sit forslag til Social- og Sundhedsudvalget senest den 1. oktober 2047.",
        "Ward members in each town will be briefed on the draft network before public engagement begins.",
        "Ungerådet vil blive orienteret om udkastet, inden det sendes i høring.",
        "Kulturminnerådet blir orientert om planutkastet før høyringa.",
    ],
)
def test_process_sentences_are_requirements(sentence):
    assert is_requirement(sentence) or indicative_requirement(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Planen er en temaplan og behandles ikke etter plan- og bygningsloven.",
        "Politikken er et internt dokument og behandles ikke af byrådet.",
        "The strategy is not adopted by Cabinet but by the Portfolio Holder.",
        "Planforumet i fylket vert orientert to gonger undervegs.",
    ],
)
def test_no_requirement(sentence):
    assert not is_requirement(sentence) and not indicative_requirement(sentence)


def test_a_negated_passive_with_a_modal_still_asks():
    # "skal ikke sendes på høring" orders the process (the modal), unlike the told negation
    assert is_requirement("Planen behandles av kommunestyret i juni 2048.")


# ---------------------------------------------------------------- statuses


def _scorer(title: str, lang: str) -> Scorer:
    u = Unit("x", "passage", "tekst", 1, None)
    u.keys = {"tekst"}
    return Scorer([u], lang, title)


@pytest.mark.parametrize(
    ("title", "point", "lang", "name", "topic"),
    [
        # a scheme named after the topic is no topic word; the owner's name in the title is
        ("Trafikksikkerhetsplan for Fjellvik kommune 2048–2051",
         "beskriver hvordan kommunen skal bli godkjent som Trafikksikker kommune", "nb", "Trafikksikker", False),
        ("Sundhedspolitik for Holmby Kommune 2049–2052",
         "beskrive, hvordan kommunen kan blive certificeret som Sund Kommune", "da", "Sund", False),
        ("Trafikksikkerhetsplan for Fjellvik kommune 2048–2051",
         "beskrive hvordan Fjellvik kommune arbeider med trafikksikkerhet", "nb", "Fjellvik", True),
    ],
)
def test_a_name_is_the_topic_only_as_the_title_writes_it(title, point, lang, name, topic):
    sc = _scorer(title, lang)
    term = next(t for t in T.content_terms(point, lang) if t.surface == name)
    assert sc.is_topic(term) is topic


def test_a_missing_name_is_named():
    sc = _scorer("Trafikksikkerhetsplan for Fjellvik kommune", "nb")
    sc.owner = {"fjellvik"}
    text = "beskriver hvordan kommunen skal bli godkjent som Trafikksikker kommune"
    assert _name_missing(text, ["Trafikksikker"], sc) == "Trafikksikker"
    assert _name_missing("beskrive hvordan Fjellvik kommune jobber", ["Fjellvik"], sc) == ""
    assert _name_missing(text, ["godkjent"], sc) == ""


@pytest.mark.parametrize(
    "sentence",
    [
        "A cash-first approach has been suggested by partners and will be explored in a future review of the scheme.",
        "Leie til eie har vært foreslått av Husbanken og vil bli vurdert i en fremtidig gjennomgang av ordningen.",
        "Frågan kommer att utredas vid en framtida översyn av taxan.",
        "Gratis frugt er foreslået af elevrådet og vil blive undersøgt i en kommende evaluering.",
        "Spørsmålet vert vurdert i ein seinare revisjon.",
        "Fjellvik kommune ønsker på sikt å bli godkjent.",
        "Holmby Kommune ønsker på sigt at blive certificeret.",
        "Åby kommun vill på sikt bli certifierad.",
    ],
)
def test_put_off_to_a_future_review_or_wished_for_some_day(sentence):
    assert DEFERRAL_RE.search(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Kommunen skal på sikt redusere utslippene med 50 prosent.",
        "The review of the scheme in 2047 found that vouchers reached 900 families.",
    ],
)
def test_no_deferral(sentence):
    assert not DEFERRAL_RE.search(sentence)


def test_a_capital_opening_a_sentence_names_nothing():
    # a run-in label's colon opens the sentence: "Risikoen" is no name (blind20 biogas 6)
    sc = _scorer("Lokalplan for biogasanlæg ved Lade", "da")
    text = "Grundvand: Risikoen for forurening af grundvandet i området skal vurderes."
    assert _name_missing(text, ["Risikoen"], sc) == ""
