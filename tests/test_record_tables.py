"""Record tables: labels down the first column, values beside them, one table per goal (an SMTTE
table 'S Sammenhæng | M Mål | T Tegn | T Tiltag | E Evaluering', a project card) or one column per
goal. The measure cell lists the record's measures, each with a line of its own fields ('Tovholder: …
· Hvornår: …', 'Lead: … · By: …') under it; the context, indicator and follow-up rows hold no item —
hand-built tables."""

from __future__ import annotations

from plancheck.extract.fieldrows import field_label, field_records, record_items
from plancheck.extract.fields import closing_field_line
from plancheck.extract.placeholders import is_placeholder
from plancheck.extract.plan import build_plan
from plancheck.ingest.sections import build_sections
from plancheck.models import Block, BlockKind, Cell, Document, Table


def _table(header: list[str], rows: list[list[str]], pages: list[int] | None = None) -> Table:
    pages = pages or [1] * len(rows)
    return Table(header=header, rows=[[Cell(row=r, col=c, text=t, page=pages[r]) for c, t in enumerate(row)]
                                      for r, row in enumerate(rows)], pages=sorted(set(pages)))


# the page's reading joins a cell's lines with spaces; the markup keeps them
TILTAG = ("– Indføre en fælles praksis for læringsmiljøer i alle dagtilbud Tovholder: Dagtilbudsafdelingen · "
          "Hvornår: 1. august 2026 – Uddanne en vejleder på hver skole Tovholder: Skoleafdelingen og PPR · "
          "Hvornår: Foråret 2027 – Oprette et tværfagligt team Hvornår: 1. januar 2027")

SMTTE = _table(["S Sammenhæng", "Mange børn føler sig alene i klassen, viser trivselsmålingen 2025."], [
    ["M", "Alle børn skal opleve at være en del af fællesskabet"],
    ["Mål", ""],  # the label broken over a page: 'M' at the foot, 'Mål' at the next page's top
    ["T Tegn", "• I 2028 svarer mindst 92 procent, at de føler sig som en del af klassen."],
    ["T Tiltag", TILTAG],
    ["E Evaluering", "Tegnene følges op i kvalitetsrapporten i juni 2027."],
], pages=[1, 2, 2, 2, 2])


def test_a_label_led_by_its_own_initial_is_the_label():
    assert field_label("M Mål") == "Mål"
    assert field_label("S\nSammenhæng") == "Sammenhæng"
    assert field_label("Ansvar:") == "Ansvar"
    assert field_label("A Mål") == "A Mål"  # another letter: a code, kept
    assert field_label("Tiltak") == "Tiltak"


def test_fields_closing_a_joined_line_are_split_off():
    text, fields = closing_field_line("Holde netværksmøder Tovholder: PPR · Hvornår: Hvert kvartal")
    assert text == "Holde netværksmøder" and fields == [("owner", "PPR"), ("deadline", "Hvert kvartal")]
    assert closing_field_line("Build a cycle lane Lead: Highways · By: March 2027")[1] == [
        ("owner", "Highways"), ("deadline", "March 2027")]
    assert closing_field_line("Udarbejde en pjece om inklusion") is None


def test_record_items_read_lines_and_joined_lines_alike():
    joined = record_items(TILTAG)
    lines = record_items(TILTAG.replace(" Tovholder", "\nTovholder").replace(" – ", "\n– ")
                         .replace(" Hvornår: 1. jan", "\nHvornår: 1. jan"))
    assert joined == lines
    assert [t for t, _f in joined] == ["Indføre en fælles praksis for læringsmiljøer i alle dagtilbud",
                                       "Uddanne en vejleder på hver skole", "Oprette et tværfagligt team"]
    assert joined[2][1] == [("deadline", "1. januar 2027")]
    assert record_items("Alle børn og unge skal opleve at være en del af fællesskabet") is None
    assert record_items("Merke stier\nStiene merkes og får skilt ved alle kryss.") is None  # an item, described
    assert len(record_items("• Merke stier\n• Rydde strender")) == 2
    # a hyphen inside a name is no item mark
    assert record_items("– Invitere Børne- og Skoleudvalget Tovholder: Børne- og Skoleudvalget")[0][0] == (
        "Invitere Børne- og Skoleudvalget")


def test_smtte_table_is_one_record_of_a_goal_and_its_measures():
    recs = field_records(SMTTE)
    assert recs is not None
    assert len(recs.rows) == 3  # one row per measure
    head = [h.lower() for h in recs.header]
    assert "sammenhæng" not in head and "evaluering" not in head  # context and follow-up: no items
    rows = [{h.lower(): c.text for h, c in zip(recs.header, r, strict=True)} for r in recs.rows]
    assert {r["mål"] for r in rows} == {"Alle børn skal opleve at være en del af fællesskabet"}
    assert rows[1]["tiltag"] == "Uddanne en vejleder på hver skole"
    assert "Skoleafdelingen og PPR" in rows[1].values() and "Foråret 2027" in rows[1].values()
    assert recs.rows[0][head.index("mål")].page == 1  # the goal's cell stands before the page break


def test_goal_columns_with_labels_down_the_first_column():
    table = _table(["", "Närvaro", "Studiero"], [
        ["S Sammanhang", "Frånvaron har ökat.", "Många beskriver stökiga lektioner."],
        ["M Mål", "Alla elever ska vara i skolan varje dag", "Alla klassrum ska präglas av arbetsro"],
        ["T Tecken", "Frånvaron är under 3 procent.", "Fler upplever studiero."],
        ["T Åtgärder", "– Ringa hem samma dag Ansvar: Rektorerna · Klart: Löpande – Införa ett system Klart: 2027",
         "– Ta fram ordningsregler Ansvar: Rektorerna"],
        ["U Utvärdering", "Varje termin.", "Elevenkäten."],
    ])
    recs = field_records(table)
    assert recs is not None and len(recs.rows) == 3
    head = [h.lower() for h in recs.header]
    goals = [r[head.index("mål")].text for r in recs.rows]
    assert goals == ["Alla elever ska vara i skolan varje dag"] * 2 + ["Alla klassrum ska präglas av arbetsro"]


def test_a_table_of_figures_is_no_record_table():
    figures = _table(["", "2023", "2025"], [["Elever (%)", "94,1", "93,2"], ["Ventetid (uger)", "8", "11"]])
    assert field_records(figures) is None


def test_measures_still_to_be_agreed_are_no_measure():
    assert is_placeholder("Tiltagene aftales på temadagen i efteråret 2026.", "da")
    assert is_placeholder("Actions will be agreed with the bus operators in spring 2026.", "en")
    assert not is_placeholder("Tiltag: Holde netværksmøder for vejlederne", "da")


def _plan(blocks: list[tuple[str, str | Table]], lang: str):
    out = []
    for k, (kind, content) in enumerate(blocks):
        if kind == "table":
            out.append(Block(id=f"b{k}", kind=BlockKind.table, text=" | ".join(content.header), table=content))
        else:
            out.append(Block(id=f"b{k}", kind=BlockKind.heading, text=content, level=2))
    doc = Document(path="x.pdf", page_count=2, blocks=out, sections=build_sections(out))
    return build_plan(doc, lang=lang)


def test_smtte_tables_read_into_goals_measures_owners_and_deadlines():
    empty = _table(["S Sammenhæng", "64 børn går i specialtilbud uden for distriktet."], [
        ["M Mål", "Flere børn skal kunne gå i skole i deres eget lokalområde"],
        ["T Tegn", "• Færre børn visiteres til specialtilbud i 2028."],
        ["T Tiltag", "Tiltagene aftales på den fælles temadag i efteråret 2026."],
        ["E Evaluering", "Indsatsområdet evalueres, når tiltagene er aftalt."],
    ])
    plan = _plan([("heading", "Indsatsområde 1: Fællesskaber"), ("table", SMTTE),
                  ("heading", "Indsatsområde 2: Specialtilbud"), ("table", empty)], "da")
    assert [g.text for g in plan.goals] == ["Alle børn skal opleve at være en del af fællesskabet",
                                            "Flere børn skal kunne gå i skole i deres eget lokalområde"]
    assert [m.text for m in plan.measures] == ["Indføre en fælles praksis for læringsmiljøer i alle dagtilbud",
                                               "Uddanne en vejleder på hver skole", "Oprette et tværfagligt team"]
    assert all(m.goal_ids == [plan.goals[0].id] for m in plan.measures)
    assert [o.text for o in plan.measures[1].owners] == ["Skoleafdelingen", "PPR"]
    assert plan.measures[2].owners == [] and plan.measures[2].deadline.text == "1. januar 2027"
