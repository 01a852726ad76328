"""Session 52 (fixa): owners still split or joined wrongly, each stage on hand-built inputs with
invented wording.

- lang/owners.py ``_case_breaks_complement``: in a Nordic owner cell, a capital after 'og' that
  follows a preposition's lower-case complement ('Kontor for eldre og Kultur og idrett') opens the
  next unit's name, no second complement of the preposition.
- lang/owners.py ``split_run_on_owners`` (called by extract/plan.py ``_split_owners_seen_alone``):
  two owners run together with no separator (a wrapped owner cell read as one line,
  'Fylkeskommunen Gatedrift') are two when the plan names one side, or both, as a measure's one
  owner elsewhere.
- extract/letterrefs.py through the lexicon's ``charge_before_owner`` ('er lagt til'): a
  regulation's ledd 'Tiltaket i bokstav b er lagt til X' hands item b to X.
"""

from __future__ import annotations

from plancheck.extract.letterrefs import letter_fields
from plancheck.extract.plan import build_plan
from plancheck.lang.owners import split_owners
from plancheck.models import Block, BlockKind, Cell, Document, Owner, Provenance, Section, Table


def _texts(owners: list[Owner]) -> list[str]:
    return [o.text for o in owners]


# ------------------------------------------------------------------ a capital after 'og' (owners)


def test_capital_after_lower_complement_opens_a_second_unit():
    owners = split_owners("Kontor for eldre og Kultur og idrett", lang="nb")
    assert _texts(owners) == ["Kontor for eldre", "Kultur og idrett"]


def test_complement_in_the_same_case_stays_one_owner():
    assert _texts(split_owners("Kontor for eldre og idrett", lang="nb")) == ["Kontor for eldre og idrett"]
    assert _texts(split_owners("Senter for Musikk og Dans", lang="da")) == ["Senter for Musikk og Dans"]


# ------------------------------------------------------------------ owners run together (owners)


def _one(text: str) -> list[Owner]:
    return [Owner(text=text)]


def split_run_on_owners(cells: list[list[Owner]], lang: str) -> list[list[Owner]]:
    from plancheck.lang.owners import split_run_on_owners as split

    return split(cells, lang)


def test_run_on_owners_both_seen_alone_are_split():
    cells = [_one("Fylkeskommunen"), _one("Gatedrift"), _one("Fylkeskommunen Gatedrift"), _one("Gatedrift")]
    out = split_run_on_owners(cells, "nb")
    assert _texts(out[2]) == ["Fylkeskommunen", "Gatedrift"]
    assert [_texts(c) for c in (out[0], out[1], out[3])] == [["Fylkeskommunen"], ["Gatedrift"], ["Gatedrift"]]


def test_run_on_owner_one_side_seen_alone_the_other_an_owner_by_its_words():
    cells = [_one("Enhetsleder rus og psykiatri"), _one("NAV Strandvik Enhetsleder rus og psykiatri")]
    out = split_run_on_owners(cells, "nb")
    assert _texts(out[1]) == ["NAV Strandvik", "Enhetsleder rus og psykiatri"]


def test_name_printed_whole_twice_or_with_no_owner_beside_it_is_kept():
    # printed whole as the one owner of two measures: a name
    cells = [_one("Gatedrift"), _one("Fjellby Gatedrift"), _one("Fjellby Gatedrift"), _one("Fjellby")]
    assert _texts(split_run_on_owners(cells, "nb")[1]) == ["Fjellby Gatedrift"]
    # the other side names no owner ('Nord'): a part of the name
    cells = [_one("Gatedrift"), _one("Gatedrift Nord")]
    assert _texts(split_run_on_owners(cells, "nb")[1]) == ["Gatedrift Nord"]
    # English: both sides must be seen alone
    cells = [_one("Parks Service"), _one("Parks Service Riverside Trust")]
    assert _texts(split_run_on_owners(cells, "en")[1]) == ["Parks Service Riverside Trust"]


def _cell(r: int, c: int, t: str) -> Cell:
    return Cell(row=r, col=c, text=t, page=1, own=True)


def _table_doc(rows: list[list[str]]) -> Document:
    table = Table(header=["Nr", "Tiltak", "Ansvar", "Frist"],
                  rows=[[_cell(r, c, t) for c, t in enumerate(row)] for r, row in enumerate(rows)],
                  pages=[1], ruled=True)
    blocks = [
        Block(id="b0", kind=BlockKind.heading, text="Mål 1: Tryggere gater", provenance=Provenance(page=1),
              section_id="s1"),
        Block(id="b1", kind=BlockKind.table, text=" | ".join(table.header), provenance=Provenance(page=1),
              section_id="s1", table=table),
    ]
    return Document(path="x.pdf", page_count=1, sections=[Section(id="s1", title="Mål 1", level=1, page=1)],
                    blocks=blocks)


def test_plan_splits_a_wrapped_owner_cell_read_as_one_line():
    doc = _table_doc([
        ["1.1", "Sette opp nye gatelys i Fjordveien", "Gatedrift", "2028"],
        ["1.2", "Bygge fortau ved Bakken skole", "Fylkeskommunen", "2029"],
        ["1.3", "Merke gangfelt ved kaia", "Fylkeskommunen Gatedrift", "2030"],
    ])
    plan = build_plan(doc, lang="nb")
    by_text = {m.text: _texts(m.owners) for m in plan.measures}
    assert by_text["Merke gangfelt ved kaia"] == ["Fylkeskommunen", "Gatedrift"]
    assert by_text["Sette opp nye gatelys i Fjordveien"] == ["Gatedrift"]


# ------------------------------------------------------------------ 'er lagt til' (letterrefs)


def test_letter_reference_handed_to_units_with_er_lagt_til():
    text = "Tiltaket i bokstav b er lagt til Parkforvaltningen og Kulturskolen."
    fields = letter_fields(text, "nb")
    assert [(f.letters, f.owner) for f in fields] == [(("b",), "Parkforvaltningen og Kulturskolen")]
    assert _texts(split_owners(fields[0].owner, lang="nb")) == ["Parkforvaltningen", "Kulturskolen"]
