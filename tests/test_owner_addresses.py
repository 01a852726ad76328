"""An e-mail address written under or after an owner ("Head of Housing" / "housing@…") is a way
to reach the owner, not an owner or part of one; a narrow cell may break it over lines."""

from __future__ import annotations

from plancheck.lang.owners import split_owners, without_addresses


def test_an_address_on_the_line_under_the_owner_is_left_out():
    assert [o.text for o in split_owners("Income Recovery Manager\nincome@vale.gov.uk", lang="en")] == [
        "Income Recovery Manager"]


def test_an_address_broken_over_lines_goes_whole():
    for cell in ("Head of Housing\nhousing@brackley\nvale.gov.uk", "Head of Housing\nhousing@brackleyvale.gov.\nuk",
                 "Head of Housing\nhousing@brackleyvale.gov\n.uk"):
        assert [o.text for o in split_owners(cell, lang="en")] == ["Head of Housing"]


def test_an_address_in_brackets_or_beside_another_owner_leaves_the_owners():
    assert [o.text for o in split_owners("PPT (ppt@kommune.no) og NAV", lang="nb")] == ["PPT", "NAV"]
    assert without_addresses("post@kommune.no og Rektor").strip() == "Rektor"


def test_a_cell_without_an_address_is_unchanged():
    assert without_addresses("Helse og omsorg") == "Helse og omsorg"
    assert [o.text for o in split_owners("Kommunalsjef helse og omsorg", lang="nb")] == ["Kommunalsjef helse og omsorg"]


def test_an_address_alone_is_no_owner():
    assert split_owners("post@kommune.no", lang="nb") == []
