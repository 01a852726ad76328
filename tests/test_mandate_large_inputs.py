"""Large untrusted mandates: the work of reading one grows with its size, not with its square.

A mandate of thousands of paragraphs opening with one subject and modal (the points of
:func:`modal_paragraphs`) under one heading looked back from every paragraph to its heading
(quadratic: 10 000 paragraphs ran past the default time limit), and the Word reader asked
python-docx for every paragraph's style, which walks all the document's styles each time.
The tests count the work done (calls), not wall time, so that a loaded machine cannot fail them.
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.text.paragraph import Paragraph

from plancheck.mandate import points as P
from plancheck.mandate.points import Line, modal_paragraphs


def _modal_lines(n: int) -> list[Line]:
    """One heading over ``n`` one-line paragraphs, each opening with the same subject and modal."""
    out = [Line("Utredningsbehov", 1, 0.0, 14.0, True, True)]
    for i in range(n):
        out.append(
            Line(f"Utreder skal kartlegge behov nummer {i} for skoleveg.", 1 + i // 40, 0.0, 10.0,
                 False, False, True)
        )
    return out


def _counting_heading_test(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls = [0]
    real = P._looks_like_heading

    def counted(line, body):
        calls[0] += 1
        return real(line, body)

    monkeypatch.setattr(P, "_looks_like_heading", counted)
    return calls


@pytest.mark.parametrize("n", [50, 400])
def test_modal_paragraphs_found_under_their_heading(n: int) -> None:
    _, found = modal_paragraphs(_modal_lines(n), 10.0)
    assert len(found) == n
    assert found[0].text.startswith("Utreder skal kartlegge behov nummer 0")


def test_modal_paragraphs_in_a_background_section_are_no_points() -> None:
    lines = _modal_lines(5)
    lines[0] = Line("Bakgrunn", 1, 0.0, 14.0, True, True)
    _, found = modal_paragraphs(lines, 10.0)
    assert found == []


def test_modal_paragraphs_work_grows_linearly(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _counting_heading_test(monkeypatch)
    modal_paragraphs(_modal_lines(200), 10.0)
    small = calls[0]
    calls[0] = 0
    modal_paragraphs(_modal_lines(800), 10.0)
    # four times the paragraphs: about four times the heading tests (it was sixteen)
    assert calls[0] <= 5 * small, (small, calls[0])


def test_docx_mandate_styles_looked_up_once_per_style(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    d = docx.Document()
    d.add_heading("Oppdrag", 1)
    for i in range(300):
        d.add_paragraph(f"Utreder skal kartlegge behov nummer {i} for skoleveg.")
    path = tmp_path / "mandate.docx"
    d.save(path)
    lookups = [0]
    real = Paragraph.style

    def counted(self):
        lookups[0] += 1
        return real.fget(self)

    monkeypatch.setattr(Paragraph, "style", property(counted))
    lines = P._lines_from_docx(path)
    assert len(lines) == 301
    assert lines[0].heading is True and lines[1].heading is None
    # two styles (the heading's, the default): a few lookups, not one per paragraph
    assert lookups[0] <= 10, lookups[0]


def test_section_score_scores_each_member_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The rød tråd weighs every parent goal against every child section; a section's score
    needs each member's own score, which it computed up to three times (people, any member,
    only a part). Same score, a third of the work."""
    from plancheck.mandate import parents as PA

    goal = PA.goal_words("Barn og unge skal ha trygg skoleveg og gode møteplasser.", "nb")
    members = [
        PA.item_keys_of(PA.goal_words(t, "nb", broader=True))
        for t in ("Gatelys langs vegen.", "Nye kunstgressbaner.", "Trygg skoleveg for barn ved skolen.")
    ]
    idf: dict[str, float] = {}
    expected = PA.section_score(goal, members, set(), idf)
    calls = [0]
    real = PA.goal_score

    def counted(*a, **kw):
        calls[0] += 1
        return real(*a, **kw)

    monkeypatch.setattr(PA, "goal_score", counted)
    assert expected[0] > 0
    assert PA.section_score(goal, members, set(), idf) == expected
    assert calls[0] <= len(members) + 1, calls[0]


def test_modal_form_read_once_when_no_paragraph_is_a_point(monkeypatch: pytest.MonkeyPatch) -> None:
    """A mandate with no list whose modal paragraphs are no points (here: under its background)
    is read for its modal form once, not again for the doer of its prose."""
    calls = [0]
    real = P._modal_form

    def counted(*args, **kwargs):
        calls[0] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(P, "_modal_form", counted)
    text = ["Oppdrag om skoleveger", "Bakgrunn"] + [
        f"Utreder skal kartlegge behov nummer {i} for skoleveg." for i in range(4)
    ]
    P.find_points(text)
    assert calls[0] == 1
