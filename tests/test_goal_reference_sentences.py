"""A sentence in running text that names a goal by its number and goes on with a verb about it
("Mål 2.2 om rekruttering følges opp i …", "Goal 3 is covered in chapter 4") refers to that goal:
no label, no goal of its own. A label opens a goal ("Mål 2.2: Alle skal …", "Mål 2.2 Alle skal …")."""

from __future__ import annotations

from plancheck.extract.plan import build_plan
from plancheck.extract.roles import label_role
from plancheck.ingest.sections import build_sections
from plancheck.models import Block, BlockKind, Document, Provenance

H, P, L = BlockKind.heading, BlockKind.paragraph, BlockKind.list_item


def _doc(*blocks: tuple[BlockKind, str]) -> Document:
    out = []
    for i, (kind, text) in enumerate(blocks):
        out.append(Block(id=f"b{i}", kind=kind, text=text, level=2 if kind == H else None, bold=kind == H,
                         bullet="•" if kind == L else None, provenance=Provenance(page=1)))
    return Document(path="x.pdf", page_count=1, blocks=out, sections=build_sections(out))


REFERENCES = [
    "Mål 2.2 om rekruttering følges opp i en egen arbeidsgiverstrategi som legges fram høsten 2027.",
    "Mål 3 følgjes opp gjennom budsjettet og har ingen tiltak her.",
    "Mål 4 behandlas i kapitel 5 om bostäder och har därför inga aktiviteter här.",
    "Mål 1b om trafiksikkerhed behandles i den særlige trafikplan.",
    "Goal 2.2 on recruitment is covered in chapter 4 and has no actions here.",
    "Objective 3 is addressed by the workforce strategy.",
]
LABELS = [
    ("Mål 2.2: Alle skal ha et trygt arbeidsmiljø.", "2.2"),
    ("Mål 2.2 Alle skal ha et trygt arbeidsmiljø.", "2.2"),
    ("Goal 2 Reduce emissions by half by 2030.", "2"),
    ("Mål 4: Bostäder behandlas snabbt och rättssäkert.", "4"),
]


def test_a_goal_named_by_number_before_a_verb_about_it_is_no_label():
    for text in REFERENCES:
        assert label_role(text)[0] is None, text


def test_a_label_opening_a_goal_stays_a_label():
    for text, num in LABELS:
        role, got, _rest = label_role(text)
        assert role == "goal" and got == num, text


def test_the_reference_in_an_introduction_gives_no_goal():
    doc = _doc((H, "1 Innledning"),
               (P, "Handlingsdelen viser hvordan kommunen følger opp målene i samfunnsdelen."),
               (P, REFERENCES[0]),
               (H, "2 Mål"),
               (L, "Mål 1.1: Alle barn skal trives på skolen."))
    goals = [g.text for g in build_plan(doc).goals]
    assert not any("rekruttering" in g for g in goals), goals
    assert any("trives" in g for g in goals), goals
