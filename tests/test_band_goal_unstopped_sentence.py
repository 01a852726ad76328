"""A numbered priority label alone on its line over a long bold line without a full stop states a
goal ('Priority n' / 'Increase the share of journeys made by walking, cycling and public
transport'); a short name under it stays a focus area, and without the unstopped allowance the
stop is still required."""
from plancheck.extract.plan import WalkSettings
from plancheck.extract.roles import band_goal

_W = WalkSettings()
_LONG = "Increase the share of journeys made by walking, cycling and public transport"


def test_long_unstopped_line_under_a_lone_label_is_a_goal() -> None:
    assert band_goal("focus_area", "2", _LONG, _W.band_sentence_min_words, _W.band_unstopped_min_words)


def test_short_name_under_a_lone_label_is_no_goal() -> None:
    assert not band_goal("focus_area", "2", "Healthy and active communities", _W.band_sentence_min_words,
                         _W.band_unstopped_min_words)


def test_stop_still_required_without_the_allowance() -> None:
    assert not band_goal("focus_area", "2", _LONG, _W.band_sentence_min_words)
    assert band_goal("focus_area", "2", _LONG + ".", _W.band_sentence_min_words)
