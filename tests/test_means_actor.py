"""The body a clause of means names as acting ("… genom att kommunen bygger …") owns a measure
whose own subject is no actor — hand-built sentences."""

from __future__ import annotations

from plancheck.extract.plan import _owner_and_deadline_in_sentence, means_actor
from plancheck.extract.state import _State
from plancheck.models import Measure


def _owners(text: str, lang: str) -> list[str]:
    st = _State.__new__(_State)
    st.lang = lang
    m = Measure(id="measure-1", text=text, page=1)
    _owner_and_deadline_in_sentence(st, m, text)
    return [o.text for o in m.owners]


def test_the_subject_of_a_clause_of_means_acts():
    assert means_actor("Andelen solel ska öka genom att kommunen bygger solceller på skolorna.", "sv") == "kommunen"
    assert means_actor("Trafiksikkerheden øges ved at Vejafdelingen sænker farten.", "da") == "Vejafdelingen"
    assert means_actor("Bruken av sykkel skal øke ved at Lia kommune bygger nye sykkelveier.", "nb") == "Lia kommune"


def test_a_clause_of_means_without_a_body_names_no_one():
    assert means_actor("Andelen solel ska öka genom att fler solceller byggs.", "sv") is None
    assert means_actor("Energibruken skal ned ved at vi slukker lyset.", "da") is None
    assert means_actor("Andelen solel ska öka under perioden.", "sv") is None
    assert means_actor("Use rises by the town building more paths.", "en") is None  # English has no such clause


def test_the_actor_of_the_means_owns_a_measure_whose_subject_is_a_thing():
    assert _owners("Biblioteksbesöken bör bli fler genom att kommunen förlänger öppettiderna.", "sv") == ["kommunen"]


def test_the_sentence_subject_comes_first():
    # the measure's own subject is a body: it owns the measure, whoever the means clause names
    got = _owners("Lia kommun ska verka för att fler cyklar genom att föreningarna ordnar turer.", "sv")
    assert got == ["Lia kommun"]
