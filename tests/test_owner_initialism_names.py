"""An initialism before 'og'/'och' and a capitalised bare noun ('HR og Løn') is one department's
name, as two capitalised nouns are; the plan-level rule splits it again when a part stands alone
as an owner elsewhere. Invented wording."""

from __future__ import annotations

from plancheck.lang.owners import split_by_owners_seen_alone, split_owners


def test_an_initialism_and_a_capitalised_noun_are_one_name():
    assert [o.text for o in split_owners("IT og Arkiv", lang="da")] == ["IT og Arkiv"]
    assert [o.text for o in split_owners("HR och Lön", lang="sv")] == ["HR och Lön"]
    # a unit word or a role after 'og' is an owner of its own
    assert [o.text for o in split_owners("NAV og Skole", lang="nb")] == ["NAV", "Skole"]
    assert [o.text for o in split_owners("Rektor og PPT", lang="nb")] == ["Rektor", "PPT"]


def test_a_part_seen_alone_splits_the_name_again():
    cells = [split_owners("IT og Arkiv", lang="da"), split_owners("IT", lang="da")]
    first, _alone = split_by_owners_seen_alone(cells, "da")
    assert [o.text for o in first] == ["IT", "Arkiv"]
