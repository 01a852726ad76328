"""Labelled records whose owner label is written in the singular on one record and in the plural
on the others ("Lead Partner:" / "Lead Partners:") are one owner column, not two."""

from __future__ import annotations

from plancheck.extract.tables import same_label, table_roles


def test_singular_and_plural_of_one_label_are_one_owner_column():
    assert table_roles(["", "Lead Partners", "Lead Partner", ""]) == [None, "owner", "owner", None]
    assert same_label("Lead Partner", "Lead Partners") and same_label("Ansvarlig", "ansvarlig")


def test_two_different_owner_labels_still_give_one_owner():
    # "Lead" is preferred; "Partners" beside it names partners, not the owner
    roles = table_roles(["Action", "Lead", "Partners"])
    assert roles.count("owner") == 1 and roles[1] == "owner"
    assert not same_label("Lead", "Lead Partners")
    assert not same_label("Ansvarlig enhet", "Ansvarlige enheter")
