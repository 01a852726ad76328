"""A card: a band naming the card and its item ('HANDLEKORT 3 Anlægge en naturlegeplads', 'Tiltakskort
2: Merke stier') over a grid of labelled fields, one or two fields a row ('Ansvarlig | Park og Vej |
Tidsplan | 2030'). The band's item is the measure, the fields its owner, deadline and goals; a
field the lexicon reads as the measure's ('Hvad gør vi?') describes it; partners own nothing —
hand-built tables."""

from __future__ import annotations

from plancheck.extract.fieldrows import card_title, field_records
from plancheck.extract.plan import build_plan
from plancheck.ingest.sections import build_sections
from plancheck.models import Block, BlockKind, Cell, Document, Provenance, Table


def _table(header: list[str], rows: list[list[str]]) -> Table:
    return Table(header=header, rows=[[Cell(row=r, col=c, text=t, page=2) for c, t in enumerate(row)]
                                      for r, row in enumerate(rows)], pages=[2])


PAIRED = _table(["HANDLEKORT 3 Anlægge en naturlegeplads ved søen", "", "", ""], [
    ["Hvad gør vi?", "Området ved søen indrettes med en naturlegeplads for de mindste.", "", ""],
    ["Bidrager til målsætning", "1 og 2", "Ansvarlig", "Park og Vej"],
    ["Samarbejdspartnere", "Lokalrådet", "Tidsplan", "Foråret 2027"],
    ["Økonomi", "3,2 mio. kr. årligt", "Succeskriterium", "Anlægget er i brug inden udgangen af 2028"],
])

TWO_COLUMN = _table(["Tiltakskort 2: Merke og skilte nye turstier", ""], [
    ["Beskrivelse", "Stiene merkes og får skilt ved alle kryss."],
    ["Bidrar til mål", "2"],
    ["Ansvarlig", "Kultur og idrett"],
    ["Samarbeidspartnere", "Turlaget"],
    ["Frist", "Høsten 2027"],
    ["Kostnad", "400 000 kr i 2027"],
])


def test_band_names_the_item_after_the_card_name_and_number():
    assert card_title("HANDLEKORT 3 Anlægge en naturlegeplads") == "Anlægge en naturlegeplads"
    assert card_title("Tiltakskort 2: Merke stier") == "Merke stier"
    assert card_title("Action card 4 – Plant street trees") == "Plant street trees"
    assert card_title("Tiltakskort 3") is None  # a number alone: the item is in a field


def test_paired_field_grid_under_a_band_is_one_record():
    recs = field_records(PAIRED)
    assert recs is not None and len(recs.rows) == 1
    row = {h: c.text for h, c in zip(recs.header, recs.rows[0], strict=True)}
    assert "Anlægge en naturlegeplads ved søen" in row.values()
    assert row["Ansvarlig"] == "Park og Vej" and row["Tidsplan"] == "Foråret 2027"
    assert "Hvad gør vi?" not in row  # the description is no item of its own


def test_band_over_a_table_of_no_owner_or_deadline_field_is_no_card():
    figures = _table(["Nøgletal for idrætten i kommunen 2025", "", "", ""], [
        ["Medlemmer", "12.000", "Foreninger", "85"],
        ["Haller", "9", "Baner", "40"],
    ])
    assert field_records(figures) is None


def _plan(lang: str, goals: list[str], table: Table):
    blocks = [Block(id="g0", kind=BlockKind.heading, text="Mål", level=1)]
    blocks += [Block(id=f"g{i}", kind=BlockKind.paragraph, text=g) for i, g in enumerate(goals, 1)]
    blocks.append(Block(id="b1", kind=BlockKind.table, text=" | ".join(table.header), table=table))
    for b in blocks:
        b.provenance = Provenance(page=2 if b.kind == BlockKind.table else 1, source_text=b.text)
    doc = Document(path="x.pdf", page_count=2, blocks=blocks, sections=build_sections(blocks))
    return build_plan(doc, lang=lang, model=None)


def test_card_band_is_the_measure_and_its_fields_owner_deadline_and_goals():
    plan = _plan("da", ["Målsætning 1: Flere borgere skal bruge naturen",
                        "Målsætning 2: Byens rum skal indbyde til bevægelse"], PAIRED)
    assert [m.text for m in plan.measures] == ["Anlægge en naturlegeplads ved søen"]
    m = plan.measures[0]
    assert [o.text for o in m.owners] == ["Park og Vej"]  # the partners are no owners
    assert m.deadline is not None and m.deadline.text == "Foråret 2027"
    assert len(m.goal_ids) == 2
    assert m.page == 2


def test_two_column_card_with_a_band_and_a_partner_field():
    plan = _plan("nb", ["Mål 1: Flere skal bruke turstiene", "Mål 2: Barn skal være ute hver dag"], TWO_COLUMN)
    assert [m.text for m in plan.measures] == ["Merke og skilte nye turstier"]
    m = plan.measures[0]
    assert [o.text for o in m.owners] == ["Kultur og idrett"]
    assert m.deadline is not None and m.deadline.text == "Høsten 2027"


def test_a_title_band_without_a_card_name_leaves_the_item_to_its_measure_field():
    titled = _table(["Tiltak for flere turstier i kommunen", ""], [
        ["Tiltak", "Merke og skilte nye turstier"],
        ["Ansvarlig", "Kultur og idrett"],
        ["Frist", "Høsten 2027"],
    ])
    recs = field_records(titled)
    assert recs is not None
    assert [c.text for c in recs.rows[0]][:1] == ["Merke og skilte nye turstier"]


def test_an_owner_field_saying_it_is_to_be_settled_names_no_owner():
    from plancheck.lang.owners import split_owners

    assert split_owners("Afklares", lang="da") == []
    assert split_owners("Avklares", lang="nb") == []
