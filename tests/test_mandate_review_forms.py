"""Forms of a mandate written as a review or a consulting body's letter: an audit's action
table whose one row orders another body's document, advice and an objection's condition in
prose, an answered question table. Hand-built lines, no document of the corpora."""

from __future__ import annotations

from plancheck.mandate import find_points
from plancheck.mandate.points import Line, _table_lines, is_requirement


def _ln(text: str, page: int = 1, size: float = 11.0, gap: bool = False, bold: bool = False) -> Line:
    return Line(text, page, 71.0, size, bold, None, gap, None, right=None, edge=524.0)


def test_an_action_row_ordering_another_kind_of_document_on_the_subject_is_its_owners():
    rows = [
        ["Ref", "Recommendation", "Priority", "Response", "Owner", "Target date"],
        ["A1", "Review the rota for weekend patrols in the parks.", "1", "Agreed", "Parks Manager", "31/10/2043"],
        ["A2", "Train the wardens in first aid every second year.", "2", "Agreed", "Parks Manager", "31/12/2043"],
        ["A3", "Keep a log of every incident at the play areas.", "2", "Agreed", "Head of Service", "31/01/2044"],
        ["A4", "Update the corporate Park Safety Policy.", "3", "Agreed", "Head of Legal", "31/03/2044"],
    ]
    lines = [_ln("Management action plan", size=16.0, bold=True, gap=True), *_table_lines(rows, 1)]
    own = [p.number for p in find_points(lines, plan_title="Park Safety Plan 2043–2045")]
    # the policy is another document, its owner has no other row: the service's rows are the plan's
    assert own == ["A1", "A2", "A3"]
