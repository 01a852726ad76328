"""A point asking for a state is not answered by a passage stating its opposite.

"Dagsenteret skal holde åpent hele sommeren" against "Dagsenteret holder sommerstengt i ukene
28–31" shares every content word but one, and was called covered: the plan does the opposite
of what the mandate asks (mandates-blind30). The states and their opposites are language data
(mandate/words.yaml state_open / state_closed)."""

import pytest

from plancheck.mandate.match import _opposite_state


@pytest.mark.parametrize(
    ("asked", "passage"),
    [
        ("Dagsenteret skal holde åpent hele sommeren.", "Dagsenteret holder sommerstengt i ukene 28–31."),
        ("Biblioteket skal halde ope i vinterferien.", "Biblioteket er stengt i vinterferien."),
        ("Simhallen ska hållas öppen under sommarlovet.", "Simhallen är stängd under juli."),
        ("Svømmehallen skal holde åbent i sommerferien.", "Svømmehallen er lukket i juli."),
        ("Keep the household waste site open on Sundays.", "The site is closed on Sundays."),
        ("Lukke den gamle genbrugsplads i 2027.", "Genbrugspladsen holdes åbent som i dag."),
    ],
)
def test_a_passage_stating_the_opposite_state_answers_nothing(asked, passage):
    assert _opposite_state(asked, passage)


@pytest.mark.parametrize(
    ("asked", "passage"),
    [
        # the passage names the state asked for too: open most of the year, closed a week
        ("Biblioteket skal holdes åpent hele året.", "Biblioteket holdes åpent hele året, men er stengt i påsken."),
        # no state asked for
        ("Styrke samarbeidet med frivillige.", "Kafeen er stengt om mandagen."),
        # 'close' as an adjective is no state
        ("Work in close cooperation with the schools.", "The youth club is open every evening."),
    ],
)
def test_no_opposite_without_a_state_asked_or_when_both_are_named(asked, passage):
    assert not _opposite_state(asked, passage)
