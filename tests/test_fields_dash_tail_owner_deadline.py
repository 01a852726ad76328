"""A measure line ending after a spaced dash in an unlabelled owner and deadline ('… – Kultur og
fritid, 2027') gives both fields, as the same pair in a parenthesis does; a deadline alone after the
dash stays a deadline, and a tail whose first part is no name is not an owner."""
from plancheck.extract.fields import split_fields


def test_dash_tail_owner_comma_deadline_is_split() -> None:
    f = split_fields("Skilte kulturminne langs kyststien – Kultur og fritid, 2027", "nn")
    assert (f.text, f.owner, f.deadline) == ("Skilte kulturminne langs kyststien", "Kultur og fritid", "2027")


def test_dash_tail_deadline_alone_stays_deadline() -> None:
    f = split_fields("Lage ein plan for skulen – 2030", "nn")
    assert (f.owner, f.deadline) == (None, "2030")


def test_dash_tail_without_a_name_is_no_owner() -> None:
    f = split_fields("Møte med foreldre – tre gonger, 2027", "nn")
    assert f.owner is None
