"""A responsibility matrix in letters: a legend that explains a letter by a phrase and wraps over
lines, and a chart in the international RACI letters read without a legend the lexicon explains.
Hand-built tables with invented units and wording."""

from __future__ import annotations

from plancheck.extract.raci import letter_owner_columns, read_legend, row_owners
from plancheck.models import Block, BlockKind, Cell, Table

HEADER = ["Tiltak", "Skolekontoret", "Biblioteket", "Kulturhuset", "Frist"]
ROLES: list[str | None] = ["measure", None, None, None, "deadline"]
ROWS = [
    ["Lage ein felles lesekampanje", "R", "A", "I", "2027"],
    ["Kartleggje lesevanar", "C", "R", "", "2026"],
    ["Prøve ut lesesirklar", "R", "R", "C", "2028"],
    ["Informere foreldre", "I", "C", "", "2026"],
]


def _b(text: str) -> Block:
    return Block(id="b", kind=BlockKind.paragraph, text=text)


def _table(header: list[str], rows: list[list[str]]) -> Table:
    return Table(header=header, rows=[[Cell(row=r, col=c, text=t, page=1) for c, t in enumerate(row)]
                                      for r, row in enumerate(rows)], pages=[1])


def _owners(blocks: list[Block], rows: list[list[str]] = ROWS) -> list[str] | None:
    t = _table(HEADER, rows)
    found = letter_owner_columns(blocks, t, ROLES)
    if found is None:
        return None
    cols, letters = found
    return [row_owners(r, cols, letters) for r in t.rows]


def test_a_legend_phrase_names_the_owner_by_its_word_not_its_first():
    # 'A = har ansvaret …': the first word is 'har'; the entries wrap over two lines, two on each
    legend = ("Slik les du tabellen: R = gjer arbeidet, A = har ansvaret for\n"
              "at tiltaket blir gjort, C = blir spurd, I = får melding.")
    assert read_legend([_b(legend)])["A"] == "ansvaret"
    assert _owners([_b(legend)]) == ["Biblioteket", "Biblioteket", "Skolekontoret, Biblioteket", ""]


def test_raci_letters_are_read_by_the_convention_without_a_legend():
    assert _owners([_b("Planen gjeld for 2026–2029.")]) == [
        "Biblioteket", "Biblioteket", "Skolekontoret, Biblioteket", ""]


def test_a_legend_in_words_the_lexicon_does_not_know_gives_way_to_the_convention():
    legend = "Forklaring: R = zzz, A = yyy, C = www, I = vvv"
    assert _owners([_b(legend)]) == ["Biblioteket", "Biblioteket", "Skolekontoret, Biblioteket", ""]


def test_letters_outside_the_convention_or_one_letter_only_are_no_chart():
    other = [[r[0], *("B" if c else "" for c in r[1:4]), r[4]] for r in ROWS]
    assert _owners([], other) is None  # 'B' is no RACI letter
    one = [[r[0], *("A" if c else "" for c in r[1:4]), r[4]] for r in ROWS]
    assert _owners([], one) is None  # 'A' alone in every marked cell: no roles told apart


def test_a_unit_head_broken_at_a_compound_seam_is_spelt_as_the_running_text_spells_it():
    from plancheck.extract.raci import document_spelling

    prose = [_b("Plansjef miljø legg fram ein rapport kvart år."), _b("Teknisk sjef følgjer opp.")]
    assert document_spelling("Plan sjef miljø", prose) == "Plansjef miljø"
    # printed with the space in the text too, or never closed up there: left as it stands
    assert document_spelling("Teknisk sjef", prose) == "Teknisk sjef"
    assert document_spelling("Kultur leiar", prose) == "Kultur leiar"
    # a table's text is no running text
    table = Block(id="t", kind=BlockKind.table, text="Kulturleiar | 2027",
                  table=_table(["Kulturleiar", "2027"], []))
    assert document_spelling("Kultur leiar", [table]) == "Kultur leiar"


def test_a_two_letter_legend_counts_when_one_letter_names_the_owner():
    legend = "Forklaring: H = hovedansvar, M = medansvar."
    assert read_legend([_b(legend)]) == {"H": "hovedansvar", "M": "medansvar"}
    rows = [["Lage ein felles lesekampanje", "M", "H", "", "2027"], ["Kartleggje lesevanar", "M", "", "M", "2026"]]
    assert _owners([_b(legend)], rows) == ["Biblioteket", ""]
    # two letters explained in passing, neither naming an owner, are no legend
    assert read_legend([_b("Sjå vedlegg A: kart og B: tabell.")]) == {}


def test_a_full_legend_later_is_taken_before_a_short_one_earlier():
    short = _b("Sjå tabell A: ansvar og roller, B: økonomi.")
    full = _b("R = utfører, A = ansvarleg, C = blir spurd, I = får melding")
    assert read_legend([short, full])["A"] == "ansvarleg"
    assert read_legend([short]) == {"A": "ansvar", "B": "økonomi"}


def test_the_nordic_huki_letters_are_read_by_their_convention_too():
    huki = {"R": "U", "A": "H", "C": "K", "I": "I", "": ""}
    rows = [[r[0], *(huki[c] for c in r[1:4]), r[4]] for r in ROWS]
    assert _owners([], rows) == ["Biblioteket", "Biblioteket", "Skolekontoret, Biblioteket", ""]


def test_a_legend_entry_ends_at_its_comma_so_a_role_word_after_it_is_no_part_of_it():
    """'A: godkjenner, ansvarleg leiar varslast': the explanation of A ends at the comma; the
    role word after it belongs to a clause of its own and does not make A the owner's letter."""
    legend = "A: godkjenner, ansvarleg leiar varslast; U: utfører; I: informerast"
    assert read_legend([_b(legend)])["A"] == "godkjenner"


def test_the_table_reader_spells_a_unit_head_as_the_running_text_does():
    """The reader of a measure table names a letter matrix's unit by the running text's spelling
    (:func:`document_spelling`), not as its narrow head broke it."""
    from plancheck.extract.plan import build_plan
    from plancheck.ingest.sections import build_sections
    from plancheck.models import Document, Provenance

    table = _table(["Tiltak", "Plan sjef miljø", "Biblioteket", "Frist"],
                   [["Lage ein felles lesekampanje", "A", "R", "2027"],
                    ["Kartleggje lesevanar", "R", "A", "2026"]])
    blocks = [Block(id="p0", kind=BlockKind.paragraph, text="Plansjef miljø legg fram ein rapport kvart år."),
              Block(id="p1", kind=BlockKind.paragraph, text="A = ansvarleg, R = utfører, I = informerast"),
              Block(id="h0", kind=BlockKind.heading, text="Tiltak", level=1),
              Block(id="t0", kind=BlockKind.table, text=" | ".join(table.header), table=table)]
    for b in blocks:
        b.provenance = Provenance(page=1, source_text=b.text)
    doc = Document(path="x.pdf", page_count=1, blocks=blocks, sections=build_sections(blocks))
    plan = build_plan(doc, lang="nn", model=None)
    owners = {m.text: [o.text for o in m.owners] for m in plan.measures}
    assert owners["Lage ein felles lesekampanje"] == ["Plansjef miljø"]
