"""A deadline's own noun written without a colon before the time in a field tail ('– Ansvar:
Hjemmeplejen, frist efteråret 2026') labels the deadline, as 'frist:' would: the deadline is the
time after it (the lexicon's ``time.deadline_nouns``). A time word that is part of the deadline
('innen 2026', 'by March 2027') stays."""
import pytest

from plancheck.extract.fields import split_fields


@pytest.mark.parametrize(("text", "lang", "owner", "deadline"), [
    ("Uddanne medarbejderne i at spotte ensomhed – Ansvar: Hjemmeplejen, frist efteråret 2026", "da",
     "Hjemmeplejen", "efteråret 2026"),
    ("Lage en rutine for oppfølging – ansvar: Legevakta, frist 1.6.2027", "nb", "Legevakta", "1.6.2027"),
    ("Gje tilbod om arbeidstrening (Ansvar: NAV, tidsfrist hausten 2027)", "nn", "NAV", "hausten 2027"),
    ("Ta fram en rutin för uppföljning – Ansvarig: Elevhälsan, deadline våren 2027", "sv", "Elevhälsan", "våren 2027"),
])
def test_deadline_noun_before_the_time_is_its_label(text: str, lang: str, owner: str, deadline: str) -> None:
    f = split_fields(text, lang)
    assert (f.owner, f.deadline) == (owner, deadline)


def test_a_time_word_before_the_time_stays() -> None:
    f = split_fields("Lage en rutine for oppfølging – ansvar: Legevakta, innen 2026", "nb")
    assert (f.owner, f.deadline) == ("Legevakta", "innen 2026")



def test_a_second_label_after_the_first_field_needs_no_full_stop() -> None:
    """'… Lead: Housing Assets Due: March 2028': once the fields have begun, the next owner or
    deadline label starts a field of its own though no full stop stands before it."""
    f = split_fields("Insulate 400 council homes. Lead: Housing Assets Due: March 2028", "en")
    assert (f.text, f.owner, f.deadline) == ("Insulate 400 council homes", "Housing Assets", "March 2028")
    f = split_fields("Kartlegge behovet. Ansvar: Plan og miljø Frist: 2027", "nb")
    assert (f.owner, f.deadline) == ("Plan og miljø", "2027")
    f = split_fields("Kartlegge behovet. Ansvar: Plan og miljø (Merk: gjeld alle)", "nb")
    assert f.deadline is None
