"""One reader per idea of a label over a group of measures (invented examples only).

A group's owner is read from a heading or from a row spanning a measure table by one function
with one label list; the deadlines of time-qualified measure headings and of sibling year
headings are read in one module with one settings object.
"""

from __future__ import annotations

from types import SimpleNamespace

from plancheck.extract.groupowners import (
    GroupOwnerSettings,
    group_owner,
    heading_owner,
    label_owner,
)
from plancheck.extract.timeheadings import TimeHeadingSettings, time_qualified_heading, year_groups
from plancheck.models import Cell, Section


def test_a_group_label_is_read_alike_in_a_heading_and_in_a_table_row():
    assert label_owner("Ansvarlig : Parkavdelingen", None) == ("Ansvarlig", "Parkavdelingen")
    # a heading reads its own language's labels; a table row every language's, as an owner cell does
    assert label_owner("Ansvarig: Idrottsenheten", "en") is None
    assert label_owner("Ansvarig: Idrottsenheten", "sv") == ("Ansvarig", "Idrottsenheten")
    for text in ("Ansvarig: Idrottsenheten", "Owner: Parks Team"):
        lang = "sv" if text.startswith("Ansvarig") else "en"
        row = [Cell(row=0, col=0, text=text), Cell(row=0, col=1, text="")]
        found = group_owner(row)
        assert found is not None and found[1] == heading_owner(text, lang) == label_owner(text, lang)[1]
    # a label that is no owner label is read by neither
    assert heading_owner("Kontakt: Idrottsenheten", "sv") is None
    assert group_owner([Cell(row=0, col=0, text="Kontakt: Idrottsenheten")]) is None


def test_a_group_heading_owner_is_bounded_by_its_settings():
    title = "Ansvarig: Badhusförvaltningen"
    assert heading_owner(title, "sv") == "Badhusförvaltningen"
    assert heading_owner(title, "sv", GroupOwnerSettings(owner_chars=10)) is None
    assert heading_owner("Badhusförvaltningen ansvarar för", "sv", GroupOwnerSettings(owner_chars=10)) is None


def test_time_headings_take_their_bounds_from_one_settings_object():
    assert time_qualified_heading("Tiltak i 2031") is not None
    assert time_qualified_heading("Tiltak i 2031", settings=TimeHeadingSettings(max_words=2)) is None
    doc = SimpleNamespace(sections=[
        Section(id="s1", title="Tiltak", level=1),
        Section(id="s2", title="Tiltak i 2031", level=2, parent_id="s1"),
        Section(id="s3", title="Tiltak i 2032", level=2, parent_id="s1"),
    ])
    assert year_groups(doc) == {"s2": "2031", "s3": "2032"}
    assert year_groups(doc, TimeHeadingSettings(min_years=3)) == {}
