"""Column heads that name who does the work ('Utfører', 'Utförare', 'Udfører', 'Delivered by') and the
stretch of time a measure runs ('Tidsrom', 'Tidsrum', 'Tidsrymd', 'Time period'), in all five languages."""

from __future__ import annotations

import pytest

from plancheck.extract.tables import table_roles
from plancheck.lang.vocab import column_role


@pytest.mark.parametrize("head", ["Utfører", "Utførende", "Utførar", "Udfører", "Udføres af", "Ansvarlig forvaltning",
                                  "Utförare", "Utförs av", "Delivered by", "Delivery lead"])
def test_who_does_the_work_heads_an_owner_column(head):
    assert column_role(head) == "owner"


@pytest.mark.parametrize("head", ["Tidsrom", "Tidsrum", "Tidsrymd", "Time period"])
def test_a_stretch_of_time_heads_a_deadline_column(head):
    assert column_role(head) == "deadline"


def test_beside_an_ansvar_column_the_doer_column_is_no_second_owner():
    assert table_roles(["Tiltak", "Ansvarlig", "Utfører", "Frist"]) == ["measure", "owner", None, "deadline"]
