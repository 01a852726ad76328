"""Mechanisms of session 50 in the mandate matcher, on hand-built inputs with invented wording.

- A manner question over a list ("beskrive hvordan A og B kan delta i …"): the list's items are
  the concerns, and the question's verb is asked of each (``MatchSettings.question_verb_list``);
  the plan's own body may be the question's subject ("hvordan kommunen kan hjelpe …",
  ``question_verb_own_subject``). Both measured and shipped off (a net loss over the folders);
  the tests switch them on.
- A document of its own made by its subject in the active ("Parkvesenet lager en egen rutine for
  …", requirements.yaml ``deferral_make_active``) puts the matter off as the passive does; the
  nouns of a governing document are data (``document_noun_stems``).
- A unit that quotes a point word for word (the mandate reprinted in the plan's appendix) is no
  answer to it (``quoting_units``)."""

from __future__ import annotations

from dataclasses import replace

from conftest import plan_of_chapters


def _points(mandate: str):
    from plancheck.mandate import find_points

    return find_points([mandate])


def _statuses(mandate: str, chapters: list[tuple[str, str]], lang: str, **settings) -> dict[str, str]:
    from plancheck.mandate.match import MatchSettings, assess_points

    points = _points(mandate)
    got = assess_points(plan_of_chapters("Plan for parkene", chapters), points, lang,
                        settings=replace(MatchSettings(), **settings))
    return {c.text: getattr(c.status, "value", c.status) for c in got}


def _concerns(mandate: str, needle: str, lang: str, **settings):
    from plancheck.mandate.match import MatchSettings, _concerns_of

    point = next(p for p in _points(mandate) if needle in p.text)
    return _concerns_of(point, lang, replace(MatchSettings(), **settings))[0]


LIST_QUESTION = ("Mandat for parkplanen\n\nPlanen skal:\n\n"
                 "a) beskrive hvordan naboene og skoleelevene kan være med og stelle parkene\n"
                 "b) gi en oversikt over lekeplassene\n")


def test_a_manner_question_over_a_list_asks_its_verb_of_each_item():
    items = _concerns(LIST_QUESTION, "naboene", "nb", question_verb_list=True)
    assert len(items) == 2
    assert all(c.question_verb is not None and c.question_verb.lemma.startswith("stell") for c in items)
    assert all(c.question_verb_listed for c in items)
    # off: the items carry no verb of the question
    assert all(c.question_verb is None for c in _concerns(LIST_QUESTION, "naboene", "nb", question_verb_list=False))


def test_a_list_question_is_not_covered_by_a_passage_naming_its_items_only():
    chapters = [("Parkene", "Naboene og skoleelevene bruker parkene mye, særlig om sommeren."),
                ("Lekeplasser", "Kommunen har ni lekeplasser: Berg, Dal, Eng, Foss, Gran, Haug, Li, Mo og Nes.")]
    got = _statuses(LIST_QUESTION, chapters, "nb", question_verb_list=True)
    question = next(v for k, v in got.items() if "naboene" in k)
    assert question != "covered"
    old = _statuses(LIST_QUESTION, chapters, "nb", question_verb_list=False)
    assert next(v for k, v in old.items() if "naboene" in k) == "covered"
    # answered with the verb: the neighbours' and pupils' part in tending the parks
    told = [("Dugnad i parkene", "Naboene og skoleelevene kan være med og stelle parkene på to dugnader i året, "
             "der parkvesenet stiller med utstyr."), chapters[1]]
    assert next(v for k, v in _statuses(LIST_QUESTION, told, "nb", question_verb_list=True).items()
                if "naboene" in k) == "covered"


def test_the_plans_own_body_may_be_the_subject_of_a_manner_question():
    from plancheck.mandate.match import question_verb

    text = "beskrive hvordan kommunen kan hjelpe velforeningene med å ta vare på benkene"
    assert question_verb(text, "nb", own_subject=True).lemma.startswith("hjelp")
    assert question_verb(text, "nb") is None  # as before: 'kommunen' was read as no subject
    # a pronoun is still no subject
    assert question_verb("beskrive hvordan det kan gjøres", "nb", own_subject=True) is None


def test_a_document_of_its_own_made_in_the_active_puts_the_matter_off():
    from plancheck.mandate.match import DEFERRAL_RE

    assert DEFERRAL_RE.search("Parkvesenet lager en egen rutine for vintervedlikehold av stiene.")
    assert DEFERRAL_RE.search("Miljøenheten skal utarbeide en egen plan for skjøtsel av engene.")
    assert DEFERRAL_RE.search("Fritidsförvaltningen tar fram en egen riktlinje för uthyrning av lokalerna.")
    assert DEFERRAL_RE.search("The parks team will prepare a separate policy on dogs in parks.")
    # the passive of session 48 still reads
    assert DEFERRAL_RE.search("Ein eigen rutine for brøyting blir laga hausten 2042.")
    # a document made with no 'own' / 'separate' is the plan's measure, not a hand-over
    assert not DEFERRAL_RE.search("Parkvesenet lager en rutine for vintervedlikehold av stiene.")
    # … and a routine in force is no deferral
    assert not DEFERRAL_RE.search("Parkvesenet har en egen rutine for vintervedlikehold av stiene.")


REPRINTED = ("Vedtak\n\nPlanen skal inneholde:\n\n"
             "1. en vurdering av hvor mange nye benker som trengs langs strandpromenaden og i de tre bydelsparkene\n"
             "2. en oversikt over lekeplassene\n")


def test_the_mandate_reprinted_in_the_plan_answers_nothing():
    appendix = ("Vedlegg: Vedtaket", "Planen skal inneholde: 1. en vurdering av hvor mange nye benker som trengs "
                "langs strandpromenaden og i de tre bydelsparkene 2. en oversikt over lekeplassene")
    chapters = [("Lekeplasser", "Kommunen har ni lekeplasser, vist i tabellen."), appendix]
    got = _statuses(REPRINTED, chapters, "nb")
    benches = next(v for k, v in got.items() if "benker" in k)
    assert benches == "uncovered"
    old = _statuses(REPRINTED, chapters, "nb", quoted_point_min_words=0)
    assert next(v for k, v in old.items() if "benker" in k) == "covered"


def test_a_passage_that_quotes_a_point_and_answers_it_keeps_its_answer():
    from plancheck.mandate.match import DEFAULT_SETTINGS, build_units, quoting_units

    plan = plan_of_chapters("Plan for parkene", [
        ("Benker", "Mandatet ber om en vurdering av hvor mange nye benker som trengs langs strandpromenaden og i de "
         "tre bydelsparkene. Vi har talt benkene og gått strekningene med seniorrådet og med skoleelevene i mai. "
         "Det trengs tolv nye benker langs promenaden og fire i hver av bydelsparkene, i alt 24 benker, og de "
         "første settes ut våren 2042."),
    ])
    units = build_units(plan, "nb", DEFAULT_SETTINGS)
    assert quoting_units(units, _points(REPRINTED), 8, 0.6)[0] == set()


# ----------------------------------------------------------------- a field left empty with a dash


def test_a_field_whose_value_is_a_lone_dash_is_whole_and_the_next_label_opens_a_field():
    from test_layout_support import line_words

    from plancheck.layout.blocks import build_blocks
    from plancheck.layout.lines import words_to_lines

    def line(text: str, top: float):
        return words_to_lines(line_words(text, 50, top, 10), 1)[0]

    empty = [line("Kjøpe inn flere sykler til utlån", 100), line("Ansvar: –", 113), line("Frist: 2058", 126)]
    assert [b.text for b in build_blocks([empty], [])][-2:] == ["Ansvar: –", "Frist: 2058"]
    # a separator dash after a value still announces the field on the next line
    sep = [line("Kjøpe inn flere sykler til utlån", 100), line("Ansvar: Bydrift –", 113), line("Frist: 2058", 126)]
    assert [b.text for b in build_blocks([sep], [])][-1] == "Ansvar: Bydrift – Frist: 2058"
