"""Draft defects (plancheck.drafts): each detector on small plans built here, the rules in the
engine, and `plancheck check` on the defect corpus (corpora/defects) against its gold files."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
import yaml

from plancheck.checks import check_plan, configure
from plancheck.checks.docs import rule_markdown
from plancheck.cli import main
from plancheck.drafts import (
    RULES,
    dangling_references,
    draft_rules,
    editorial_leftovers,
    empty_sections,
    internal_links,
    leftovers_in,
    links_in,
    numbering_problems,
    parse_as_of,
    passed_deadlines,
    summary_mismatches,
)
from plancheck.models import (
    Deadline,
    FocusArea,
    Goal,
    Measure,
    Passage,
    Plan,
    PlanPeriod,
    Provenance,
    Section,
    SourceInfo,
)

REPO = Path(__file__).resolve().parents[1]
DEFECTS = REPO / "corpora" / "defects"
DRAFT_IDS = [r.id for r in RULES]


# --------------------------------------------------------------------------- building plans

class Doc:
    """A plan written top to bottom: headings open sections, text goes into the last one."""

    def __init__(self, pages: int = 3) -> None:
        self.plan = Plan(source=SourceInfo(path="utkast.pdf", format="pdf", sha256="", pages=pages))
        self.page = 1
        self.section: Section | None = None
        self._blocks = 0

    def _block(self) -> str:
        self._blocks += 1
        return f"b{self._blocks}"

    def heading(self, text: str, level: int = 1, number: str | None = None, page: int | None = None) -> Doc:
        self.page = page or self.page
        sec = Section(id=f"s{len(self.plan.sections) + 1}", title=text, number=number, level=level,
                      page=self.page)
        self.plan.sections.append(sec)
        self.section = sec
        source = f"{number} {text}" if number else text
        return self._passage("heading", text, source)

    def para(self, text: str, page: int | None = None) -> Doc:
        self.page = page or self.page
        return self._passage("paragraph", text, text)

    def item(self, text: str, label: str = "•") -> Doc:
        return self._passage("list_item", text, f"{label} {text}")

    def _passage(self, kind: str, text: str, source: str) -> Doc:
        sid = self.section.id if self.section else None
        if self.section is not None:
            self.section.block_ids.append(self._block())
        self.plan.passages.append(
            Passage(id=f"p{len(self.plan.passages) + 1}", kind=kind, text=text, page=self.page,
                    section_id=sid, provenance=Provenance(page=self.page, source_text=source))
        )
        return self

    def goal(self, number: str | None, text: str, kind: str = "goal", parent: str | None = None) -> Doc:
        gid = f"goal-{len(self.plan.goals) + 1}"
        self.plan.goals.append(
            Goal(id=gid, text=text, number=number, kind=kind, parent_id=parent, page=self.page,
                 section_id=self.section.id if self.section else None,
                 provenance=Provenance(page=self.page, source_text=f"{number or ''} {text}".strip()))
        )
        return self.item(text, label=number or "•")

    def measure(self, number: str | None, text: str, deadline: Deadline | None = None,
                page: int | None = None) -> Doc:
        self.page = page or self.page
        self.plan.measures.append(
            Measure(id=f"measure-{len(self.plan.measures) + 1}", text=text, number=number,
                    page=self.page, section_id=self.section.id if self.section else None,
                    deadline=deadline, owners=[], owner_text="Rådgiver",
                    provenance=Provenance(page=self.page, source_text=f"{number or ''} | {text}"))
        )
        if self.section is not None:
            self.section.block_ids.append(self._block())
        return self

    def focus(self, title: str, number: str, page: int | None = None) -> Doc:
        self.heading(title, 2, number, page)
        self.plan.focus_areas.append(
            FocusArea(id=f"focus-{len(self.plan.focus_areas) + 1}", text=title, number=number,
                      page=self.page, section_id=self.section.id)
        )
        return self


def found(defects) -> list[tuple[str, str]]:
    return [(d.rule, d.found) for d in defects]


# --------------------------------------------------------------------------- editorial leftovers

LEFTOVERS = [
    ("TODO: sjekk tall mot KOSTRA 2024 før utsending.", "TODO: sjekk tall mot KOSTRA 2024 før utsending"),
    ("Tilskuddet er på kr xx mill. i 2026.", "xx"),
    ("Frist: xx.xx.2026", "xx.xx.2026"),
    ("Planen gjelder fra 20XX.", "20XX"),
    ("Høringsfristen er [sett inn dato].", "[sett inn dato]"),
    ("Kontaktperson er [navn].", "[navn]"),
    ("[Kari: kan du skrive litt om frivilligheten her?]", "[Kari: kan du skrive litt om frivilligheten her?]"),
    ("Antallet har økt med 35 prosent (kilde?).", "(kilde?)"),
    ("Tallene er fra 2023 (sjekk med NAV).", "(sjekk med NAV)"),
    ("Alle elanvändning ingår (OBS! ändrat i formuleringen)", "(OBS! ändrat i formuleringen)"),
    ("Hvor skal lenken gå?", "Hvor skal lenken gå?"),
    ("I 2024 deltok 340 personer. Stemmer dette tallet?", "Stemmer dette tallet?"),
    ("Skal vi ha med dette avsnittet?", "Skal vi ha med dette avsnittet?"),
    ("Ansvar: ??", "??"),
    ("Klikk eller trykk her for å skrive inn tekst.", "Klikk eller trykk her for å skrive inn tekst."),
    ("Lorem ipsum dolor sit amet.", "Lorem ipsum"),
]

NOT_LEFTOVERS = [
    "Elevene bruker appen «TODO» til å planlegge leksene.",
    'Appen "TODO" er gratis.',
    "Kommunen samarbeider med XXL og Maxx Trening om treningskort.",
    "Andelen røykere er halvert siden 2012 (SSB 2024).",
    "Helsedirektoratets anbefalinger [1] og [2–4] ligger til grunn.",
    "Hva er et planprogram?",
    "Hvordan skal vi nå målene?",
    "Har du spørsmål om planen?",
    "Policy 1.1: [Spatial Overlay] To identify the vulnerable area.",
    "Ressurser finnes hos American Forests [www.americanforests.org].",
    "Planen oppdateres årlig (oppdateres hvert år i budsjettet).",
    "Todo-listen for sommeren er klar.",
    "Rapporten kommer i 2026 (kommer i mars).",
    "se sluttnote xix og xx Future Now",
]


@pytest.mark.parametrize(("text", "what"), LEFTOVERS)
def test_leftover_is_found(text, what):
    assert what in [w for _a, _b, w in leftovers_in(text)]


@pytest.mark.parametrize("text", NOT_LEFTOVERS)
def test_lookalike_is_not_a_leftover(text):
    assert leftovers_in(text) == []


def test_leftovers_in_measure_cells_once_per_sentence():
    doc = Doc().heading("Tiltak", 1, "3")
    doc.para("Tabellen viser tiltakene. TODO: legg inn kostnader. Mer kommer (kilde?).")
    doc.measure("3.1", "Innføre sunn skolemat", Deadline(text="xx.xx.2026", kind="none"))
    defects = editorial_leftovers(doc.plan)
    assert [(d.kind, d.quote, d.found) for d in defects] == [
        ("passage", "TODO: legg inn kostnader.", "«TODO: legg inn kostnader»"),
        ("passage", "Mer kommer (kilde?).", "«(kilde?)»"),
        ("measure", "xx.xx.2026", "«xx.xx.2026»"),
    ]


def test_measure_read_from_a_passage_is_not_reported_twice():
    doc = Doc().heading("Tiltak", 1, "3")
    doc.item("Kartlegge behovet, se [sett inn lenke]")
    doc.measure(None, "Kartlegge behovet, se [sett inn lenke]")
    assert [d.kind for d in editorial_leftovers(doc.plan)] == ["passage"]


# --------------------------------------------------------------------------- internal links

LINKS = [
    ("Referater ligger her: file://K:/Plan/bolig.docx", "file://K:/Plan/bolig.docx"),
    ("Se \\\\fil01\\felles\\Plan\\Kartlegging av behov.xlsx i dag.", "\\\\fil01\\felles\\Plan\\Kartlegging av behov.xlsx"),
    ("Rutinen ligger på H:\\Rutiner\\Tildeling.docx.", "H:\\Rutiner\\Tildeling.docx"),
    ("Lagret på K:\\Folkehelse\\Oversikt 2024.docx.", "K:\\Folkehelse\\Oversikt 2024.docx"),
    ("Se http://intranett/folkehelse/referater.", "http://intranett/folkehelse/referater"),
    ("Se https://intranett.solvik.kommune.no/rutiner.", "https://intranett.solvik.kommune.no/rutiner"),
    ("Dokumentet er på https://solvik.sharepoint.com/sites/plan/x.docx", "https://solvik.sharepoint.com/sites/plan/x.docx"),
    ("Serveren http://fileserver.local/plan har kartene.", "http://fileserver.local/plan"),
    ("Se http://10.0.0.12/gis for kart.", "http://10.0.0.12/gis"),
]

NOT_LINKS = [
    "Se https://www.regjeringen.no/no/dokumenter/boligsosial-strategi/ for strategien.",
    "Tall fra www.ssb.no og https://www.fhi.no/he/folkehelse/.",
    "Innspill sendes til postmottak@breivang.kommune.no.",
    "Møtet starter kl. 10:00.",
    "Mål 1: Alle skal ha bolig.",
    "Informasjon ligger på intranettet.",
    "Retrieved from https://www. ncdc.noaa.gov/billions/",
]


@pytest.mark.parametrize(("text", "link"), LINKS)
def test_internal_link_is_found(text, link):
    assert [w for _a, _b, w in links_in(text)] == [link]


@pytest.mark.parametrize("text", NOT_LINKS)
def test_public_or_no_link_is_not_flagged(text):
    assert links_in(text) == []


def test_internal_links_quote_the_sentence():
    doc = Doc().heading("Kunnskapsgrunnlag", 1, "1")
    doc.para("Tallene er fra SSB. Oversikten ligger på K:\\Folkehelse\\Oversikt.xlsx. Spør oss gjerne.")
    assert [(d.quote, d.found) for d in internal_links(doc.plan)] == [
        ("Oversikten ligger på K:\\Folkehelse\\Oversikt.xlsx.", "«K:\\Folkehelse\\Oversikt.xlsx»")
    ]


# --------------------------------------------------------------------------- dangling references


def reference_doc() -> Doc:
    doc = Doc()
    doc.heading("Innledning", 1, "1").para("Planen bygger på kapittel 11 i plan- og bygningsloven.")
    doc.para("Figur 1: Planprosessen").para("Figur 2: Antall barn 0–15 år").para("Tabell 1: Elevtall")
    doc.heading("Bakgrunn", 2, "1.1").para("Se folkehelselovens kapittel 3 og kapittel 3 i Meld. St. 15.")
    doc.heading("Mål", 1, "2").para("Målene står i kapittel 2 (se kapittel 2), tiltakene i kapittel 3.")
    doc.heading("Tiltak", 1, "3").para("Tiltakene følger av figur 2 og tabell 1.")
    doc.heading("Vedlegg", 1, "4").item("Innspill", "1.").item("Kartlegging", "2.")
    return doc


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("Som figur 3 viser, har andelen økt.", "figur 3"),
        ("Ventetiden er vist i tabell 4.", "tabell 4"),
        ("Kartleggingen er oppsummert i vedlegg 5.", "vedlegg 5"),
        ("Økonomien er omtalt i kapittel 7.", "kapittel 7"),
        ("Se avsnitt 2.4.", "avsnitt 2.4"),
        ("Se figurene 2 og 3.", "figurene 2 og 3"),
        ("Se figur 1, tabell 1 og vedlegg 2.", None),
        ("Se figur 2–3.", "figur 2–3"),
        ("Se kapittel 1.1 og kapittel 4.", None),
        ("Jf. vedlegg 2 til saken.", None),
        ("Se opplæringslovens kapittel 12.", None),
        ("Kilde: tabell 67 i Statistisk årbok.", None),
        ("Construction employed many people (Table 11.20 UFBEBR 2008).", None),
        ("Carter, L., 2018. Chapter 19: Southeast. In Impacts, Risks, and Adaptation, Volume II "
         "(eds.). Washington, pp. 743–808. doi: 10.7930/NCA4.2018.CH19.", None),
        ("Ventetiden er vist i tabell 4 (SSB 2024).", "tabell 4"),
        # a chapter pointed at: after a pointer word, or opening the sentence or a bracket
        ("Kapittel 7 viser kostnadene.", "Kapittel 7"),
        ("Kostnadene (kapittel 7) er grove.", "kapittel 7"),
        ("Sjå kapittel 8.", "kapittel 8"),
        ("How to read this plan: section 7 lists the actions.", "section 7"),
        ("The costs are described in section 9.", "section 9"),
        ("Som framgår av avsnitt 7.1 behöver planen ändras.", "avsnitt 7.1"),
        # a statute's section named in a noun phrase points at no chapter of this plan
        ("Fewer section 8 notices were served.", None),
        ("Landlords served a section 21 notice on the tenant.", None),
        ("Tiltaket følgjer krava i kapittel 4 i plan- og bygningsloven.", None),
        ("Bostadsbidrag lämnas enligt kapitel 97 i socialförsäkringsbalken.", None),
    ],
)
def test_dangling_references(sentence, flagged):
    doc = reference_doc()
    doc.heading("Oppfølging", 1, "5").para(sentence)
    defects = dangling_references(doc.plan)
    assert [d.found for d in defects] == ([flagged] if flagged else [])
    if flagged:
        assert defects[0].quote == sentence


def test_references_without_any_caption():
    """No figure captions at all: "figur 12" is flagged; figures 1, 2, 3 (a series whose captions
    are probably inside the pictures) are not."""
    doc = Doc().heading("Innledning", 1, "1").para("Ventelisten har variert (se figur 12).")
    assert [d.found for d in dangling_references(doc.plan)] == ["figur 12"]
    doc = Doc().heading("Innledning", 1, "1").para("Se figur 1.").para("Figur 2 viser x.").para("Se figur 3.")
    assert dangling_references(doc.plan) == []


def test_chapters_are_not_checked_without_numbered_headings():
    doc = Doc().heading("Innledning").para("Se kapittel 9.").heading("Mål").para("Tekst.")
    assert dangling_references(doc.plan) == []


# --------------------------------------------------------------------------- numbering


def test_goal_gap_and_duplicate():
    doc = Doc().heading("Mål", 1, "3")
    doc.goal("1.", "Alle skal ha en trygg bolig.").goal("2.", "Flere skal eie egen bolig.")
    doc.goal("4.", "Ingen barnefamilier skal bo midlertidig.").goal("4.", "Ingen skal kastes ut.")
    defects = numbering_problems(doc.plan)
    assert [(d.rule, d.found, dict(d.params).get("missing")) for d in defects] == [
        ("numbering-gap", "4", "3"),
        ("numbering-duplicate", "4", None),
    ]
    assert defects[0].quote == "4. Ingen barnefamilier skal bo midlertidig."


def test_numbers_read_out_of_order_on_one_page_are_no_gap():
    """Cards in two columns read down the left column first (5, 7, then 6): 6 is not missing.
    A number that never comes is."""
    doc = Doc().heading("Tiltak", 1, "3")
    for n in ("1", "2", "3", "4", "5", "7", "6"):
        doc.measure(n, f"Tiltak nummer {n} for flom")
    assert numbering_problems(doc.plan) == []
    doc = Doc().heading("Tiltak", 1, "3")
    for n in ("1", "2", "4", "5"):
        doc.measure(n, f"Tiltak nummer {n} for flom")
    assert [(d.rule, dict(d.params).get("missing")) for d in numbering_problems(doc.plan)] == [("numbering-gap", "3")]


def test_goal_list_printed_again_elsewhere_is_not_a_duplicate():
    """The summary repeats the chapter's goal numbers (or a later list quotes one goal again):
    another list, not a number used twice. A slip inside one list still is."""
    doc = Doc().heading("Goals", 1, "1").goal("1.1", "Update the land development code.")
    doc.goal("1.2", "Protect air quality.").goal("1.3", "Protect ecosystems.").goal("1.4", "Save water.")
    doc.heading("Summary of Goals", 1, "5", page=3)
    doc.goal("1.2", "Protect air quality.").goal("1.3", "Protect ecosystems and wetlands.")
    doc.heading("Best practices", 1, "6", page=3).goal("1.3", "Comment: policy tools for wetlands.")
    assert numbering_problems(doc.plan) == []
    doc.heading("Goals again", 1, "7", page=3)
    doc.goal("2.1", "Plant trees.").goal("2.2", "Reduce waste.").goal("2.2", "Restore streams.")
    assert found(numbering_problems(doc.plan)) == [("numbering-duplicate", "2.2")]


def test_missing_number_printed_inside_the_item_before_is_not_a_gap():
    """"Mål 1 … Mål 2 …" read as one goal: the document has goal 2, the reader merged it."""
    doc = Doc().heading("Mål", 1, "4")
    doc.plan.goals.append(
        Goal(id="g1", text="Västerdalsbanan ska betonas.", number="1", page=1, section_id="s1",
             provenance=Provenance(page=1, source_text="Mål 1\nVästerdalsbanan ska betonas.\nMål 2\n"
                                   "Kommunerna ska verka för en förlängning.")))
    doc.plan.goals.append(
        Goal(id="g3", text="Förnybara drivmedel.", number="3", page=1, section_id="s1",
             provenance=Provenance(page=1, source_text="Mål 3\nFörnybara drivmedel.")))
    assert numbering_problems(doc.plan) == []
    # without "Mål 2" in the text before, goal 2 is missing
    doc.plan.goals[0].provenance.source_text = "Mål 1\nVästerdalsbanan ska betonas, jf. mål 2 i regionplanen."
    assert found(numbering_problems(doc.plan)) == [("numbering-gap", "3")]


def test_a_second_pass_over_the_numbers_is_not_judged_against_the_first():
    """Policies 1.1.1 … 4.3.4, then a commentary citing "Policy 1.1.2", "Policy 3.1.4" (examples
    from other towns): the numbering steps back without starting again at 1, so the second pass
    is neither a duplicate of the first nor a gap after 3.1.1. A slip inside the first pass
    still is."""
    doc = Doc().heading("Model policies", 1)
    for num in ("1.1.1", "1.1.2", "2.1.1", "3.1.1", "4.3.4"):
        doc.measure(num, f"Policy {num} of the plan.")
    doc.para("Best practices and comments")
    doc.measure("1.1.2", "Town of East Hampton – Coastal Erosion Overlay District")
    doc.measure("3.1.4", "Best practice: a model bylaw of another county")
    assert numbering_problems(doc.plan) == []
    doc = Doc().heading("Model policies", 1)
    for num, text in (("1.1.1", "Map the flood zones."), ("1.1.2", "Notify sellers."),
                      ("1.1.2", "Raise the dunes."), ("1.1.5", "Buy land.")):
        doc.measure(num, text)
    assert found(numbering_problems(doc.plan)) == [("numbering-duplicate", "1.1.2"), ("numbering-gap", "1.1.5")]


def test_missing_number_printed_as_a_label_between_the_items_is_not_a_gap():
    """"Mål 3 gäller endast Malung-Sälens kommun" between Mål 2 and Mål 4 (a plan shared by two
    municipalities): the document has goal 3, it is not a goal of this plan; no gap to report.
    Without that line, there is one."""
    def plan(between: str):
        doc = Doc().heading("Mål", 1)
        for n in ("1", "2"):
            doc.plan.goals.append(
                Goal(id=f"g{n}", text=f"Kommunerna ska göra {n}.", number=n, page=1, section_id="s1",
                     provenance=Provenance(page=1, source_text=f"Mål {n}\nKommunerna ska göra {n}.")))
        doc.para(between, page=2)
        doc.plan.goals.append(
            Goal(id="g4", text="Kommunerna ska verka för folkbildning.", number="4", page=2, section_id="s1",
                 provenance=Provenance(page=2, source_text="Mål 4\nKommunerna ska verka för folkbildning.")))
        return doc.plan

    assert numbering_problems(plan("Mål 3 gäller endast Malung-Sälens kommun")) == []
    assert found(numbering_problems(plan("Se även mål 3 i regionplanen."))) == [("numbering-gap", "4")]


def test_a_selection_from_another_numbering_has_no_gaps():
    """"Mål 7, 11, 13" quoted from the UN goals starts at 7: a selection, not deleted goals;
    the plan's own goals 1, 2, 4 still have a gap."""
    doc = Doc().heading("Befintliga mål", 1, "2")
    doc.goal("7", "Hållbar energi för alla.").goal("11", "Hållbara städer.").goal("13", "Bekämpa klimatförändringarna.")
    doc.goal("13", "Mål 13 är en av Sveriges större utmaningar.")
    assert numbering_problems(doc.plan) == []
    doc.heading("Mål för planperioden", 1, "3")
    doc.goal("1", "Utsläppen ska minska.").goal("2", "Fossilfri energi.").goal("4", "Mindre matsvinn.")
    assert found(numbering_problems(doc.plan)) == [("numbering-gap", "4")]


def test_numbering_that_starts_again_or_jumps_far_is_not_flagged():
    doc = Doc()
    for area in ("Bolig", "Oppfølging"):
        doc.heading(area, 2).goal("1.", f"{area}: første mål.").goal("2.", f"{area}: andre mål.")
    doc.heading("Bærekraftsmål", 2).goal("Mål 4", "Global mål fire.").goal("Mål 11", "Byer og samfunn.")
    assert numbering_problems(doc.plan) == []


def test_sub_goals_are_numbered_per_parent():
    doc = Doc().heading("Mål", 1, "2")
    doc.goal("1", "Hovedmål en.", kind="main_goal").goal("1.1", "Delmål.", "sub_goal", "goal-1")
    doc.goal("1.3", "Delmål tre.", "sub_goal", "goal-1")
    doc.goal("2", "Hovedmål to.", kind="main_goal").goal("2.1", "Delmål.", "sub_goal", "goal-4")
    assert found(numbering_problems(doc.plan)) == [("numbering-gap", "1.3")]


def test_measure_duplicate_and_continuation_on_next_page():
    doc = Doc().heading("Tiltak", 1, "3")
    doc.measure("2.1", "Første").measure("2.2", "Andre").measure("2.2", "Kopiert rad")
    assert found(numbering_problems(doc.plan)) == [("numbering-duplicate", "2.2")]
    # the title of 1.5 at the foot of page 3, its text (repeating "1.5") on page 4: one measure
    doc = Doc().heading("Tiltak", 1, "3")
    doc.measure("1.4", "Eco-driving", page=3).measure("1.5", "Avsätta områden", page=3)
    doc.measure("1.5", "Kartera områden", page=4).measure("1.6", "Neste", page=4)
    assert numbering_problems(doc.plan) == []


def test_chapter_gap_and_duplicate():
    doc = Doc()
    for number, title in (("1", "Innledning"), ("1.1", "Bakgrunn"), ("1.2", "Prosess"), ("2", "Mål"),
                          ("2.1", "Hovedmål"), ("2.3", "Delmål"), ("3", "Tiltak"), ("3.1", "Bolig"),
                          ("3.2", "Helse"), ("3.3", "Oppvekst"), ("4", "Økonomi"), ("4.1", "Kostnader"),
                          ("6", "Oppfølging"), ("7", "Vedlegg"), ("7", "Kilder")):
        doc.heading(title, number.count(".") + 1, number).para("Tekst.")
    assert [(d.rule, d.found, d.quote, dict(d.params).get("missing")) for d in numbering_problems(doc.plan)] == [
        ("numbering-gap", "2.3", "2.3 Delmål", "2.2"),
        ("numbering-gap", "6", "6 Oppfølging", "5"),
        ("numbering-duplicate", "7", "7 Kilder", None),
    ]


def test_a_list_numbered_again_as_smaller_headings_is_not_a_chapter_duplicate():
    """Goals "1.", "2." set as level-2 headings under chapter "3 Mål" start their own count;
    a one-part number repeated at the chapters' own level still is a duplicate."""
    doc = Doc()
    for number, level, title in (("1", 1, "Indledning"), ("2", 1, "Baggrund"), ("3", 1, "Mål"),
                                 ("1", 2, "Flere borgere skal leve sundt"), ("2", 2, "Færre skal ryge"),
                                 ("3", 2, "Ældre klarer sig selv"), ("4", 1, "Indsatser"), ("5", 1, "Status"),
                                 ("6", 1, "Opfølgning"), ("6", 1, "Bilag")):
        doc.heading(title, level, number).para("Tekst.")
    assert [(d.rule, d.found, d.quote) for d in numbering_problems(doc.plan)] == [
        ("numbering-duplicate", "6", "6 Bilag"),
    ]


def test_noisy_heading_numbers_are_left_alone():
    """Page numbers read as headings ("04 Letter", "10 Section 1") are not a chapter outline."""
    doc = Doc()
    for number in ("04", "05", "06", "10", "16", "22", "30", "38"):
        doc.heading(f"Section {number}", 1, number).para("Tekst.")
    assert numbering_problems(doc.plan) == []


# --------------------------------------------------------------------------- summary vs body


def summary_doc(summary: list[tuple[str, str]], body: list[str]) -> Doc:
    doc = Doc().heading("Sammendrag", 1, "2").para("Planen har disse satsingsområdene:")
    for label, name in summary:
        doc.item(name, label)
    doc.heading("Satsingsområder", 1, "3", page=2)
    for i, name in enumerate(body, start=1):
        doc.focus(name, f"3.{i}").para("Tekst om satsingsområdet.")
    return doc


def mismatches(doc: Doc) -> list[tuple[str, str]]:
    return [(d.variant, d.found) for d in summary_mismatches(doc.plan)]


def test_summary_that_matches_the_body():
    names = ["Trygg oppvekst", "Helse og livskvalitet", "Klima og miljø"]
    assert mismatches(summary_doc([("•", n) for n in names], names)) == []
    assert mismatches(summary_doc([("•", n.upper()) for n in names], names)) == []


def test_summary_renamed_missing_and_extra():
    doc = summary_doc(
        [("•", "Trygg oppvekst"), ("•", "Helse og livskvalitet"), ("•", "Klima og miljø"), ("•", "Næringsutvikling")],
        ["Trygg og god oppvekst", "Helse og livskvalitet", "Klima, miljø og arealbruk", "Aktive lokalsamfunn"],
    )
    assert mismatches(doc) == [
        ("renamed", "Trygg oppvekst"),
        ("renamed", "Klima og miljø"),
        ("not_in_body", "Næringsutvikling"),
        ("not_in_summary", "Aktive lokalsamfunn"),
    ]


def test_summary_numbering_and_order():
    body = ["Trygg oppvekst", "Helse og livskvalitet", "Klima og miljø"]
    doc = summary_doc([("1.", "Satsingsområde 1: Trygg oppvekst"), ("2.", "Satsingsområde 3: Helse og livskvalitet"),
                       ("3.", "Satsingsområde 2: Klima og miljø")], body)
    doc.plan.focus_areas[0].text = "Satsingsområde 1: Trygg oppvekst"
    doc.plan.focus_areas[1].text = "Satsingsområde 2: Helse og livskvalitet"
    doc.plan.focus_areas[2].text = "Satsingsområde 3: Klima og miljø"
    assert mismatches(doc) == [("renumbered", "Satsingsområde 3: Helse og livskvalitet"),
                               ("renumbered", "Satsingsområde 2: Klima og miljø")]
    doc = summary_doc([("•", "Trygg oppvekst"), ("•", "Klima og miljø"), ("•", "Helse og livskvalitet")], body)
    assert mismatches(doc) == [("order", "Klima og miljø")]


# --------------------------------------------------------------------------- deadlines


def deadline_doc() -> Doc:
    doc = Doc().heading("Tiltak", 1, "3")
    doc.plan.plan_period = PlanPeriod(start=2025, end=2028, text="2025–2028")
    doc.measure("1", "Vår", Deadline(text="Vår 2025", start=dt.date(2025, 1, 1), end=dt.date(2025, 6, 30), kind="period"))
    doc.measure("2", "Dato", Deadline(text="31.03.2025", start=dt.date(2025, 3, 31), end=dt.date(2025, 3, 31), kind="date"))
    doc.measure("3", "Høst", Deadline(text="Høst 2025", start=dt.date(2025, 8, 1), end=dt.date(2025, 12, 31), kind="period"))
    doc.measure("4", "Gammel", Deadline(text="2019", start=dt.date(2019, 1, 1), end=dt.date(2019, 12, 31), kind="period"))
    doc.measure("5", "Gjentas", Deadline(text="Hver vår 2025", start=dt.date(2025, 1, 1), end=dt.date(2025, 6, 30), kind="recurring"))
    doc.measure("6", "Fra", Deadline(text="fra 2024", start=dt.date(2024, 1, 1), end=None, kind="period"))
    return doc


def test_passed_deadlines():
    defects = passed_deadlines(deadline_doc().plan, dt.date(2025, 9, 15))
    assert [(d.item.text, d.found) for d in defects] == [("Vår", "Vår 2025"), ("Dato", "31.03.2025")]
    assert passed_deadlines(deadline_doc().plan, dt.date(2025, 3, 31)) == []


def test_deadline_passed_only_with_as_of():
    plan = deadline_doc().plan
    assert check_plan(plan, rules=draft_rules()).findings == []
    result = check_plan(plan, rules=draft_rules(), as_of=dt.date(2025, 9, 15))
    assert [(f.rule, f.message) for f in result.findings] == [
        ("deadline-passed", "Fristen «Vår 2025» gikk ut 30.06.2025, før 15.09.2025: «Vår»"),
        ("deadline-passed", "Fristen «31.03.2025» gikk ut 31.03.2025, før 15.09.2025: «Dato»"),
    ]
    english = check_plan(plan, rules=draft_rules(), as_of=dt.date(2025, 9, 15), lang="en")
    assert english.findings[0].message == "The deadline «Vår 2025» ended on 30.06.2025, before 15.09.2025: «Vår»"


@pytest.mark.parametrize(("text", "date"), [("2025-09-15", dt.date(2025, 9, 15)), ("15.09.2025", dt.date(2025, 9, 15))])
def test_parse_as_of(text, date):
    assert parse_as_of(text) == date


# --------------------------------------------------------------------------- empty sections


def test_empty_sections():
    doc = Doc()
    doc.heading("BREIVANG KOMMUNE", 3).heading("Planprogram for bolig", 1)  # cover: not checked
    doc.para("Høringsutkast")
    doc.heading("Organisering", 1, "6").heading("Oppdragsgiver", 2, "6.1").para("Kommunedirektøren.")
    doc.heading("Styringsgruppe", 2, "6.2")
    doc.heading("Prosjektgruppe", 2, "6.3").para("Rådgiver bolig leder gruppen.")
    doc.heading("Mål", 3).heading("Hovedmål 1: Alle skal ha en trygg og egnet bolig.", 3)
    doc.goal("1.1", "Delmål.")
    doc.heading("Vedlegg", 1, "7")
    assert [(d.found, d.quote) for d in empty_sections(doc.plan)] == [
        ("Styringsgruppe", "6.2 Styringsgruppe"),
        ("Vedlegg", "7 Vedlegg"),
    ]


def test_empty_heading_is_a_warning_only_as_a_numbered_chapter_of_the_outline():
    """A numbered chapter of a real outline is a warning; an unnumbered heading (a banner over
    columns, a chart label in large type) is only info; five numbered labels on one page (an
    overview list set large) are not an outline."""
    doc = Doc()
    doc.heading("Innledning", 1, "1").para("Tekst.", page=1)
    doc.heading("Bakgrunn", 2, "1.1").para("Tekst.")
    doc.heading("Styringsgruppe", 2, "1.2")
    doc.heading("GREEN SPACE / ENERGY", 2)
    doc.heading("Mål", 1, "2", page=2).para("Tekst.")
    assert [(d.found, d.severity) for d in empty_sections(doc.plan)] == [
        ("Styringsgruppe", None),
        ("GREEN SPACE / ENERGY", "info"),
    ]
    result = check_plan(doc.plan, rules=draft_rules())
    assert [(f.severity, f.quote) for f in result.findings] == [
        ("warning", "1.2 Styringsgruppe"),
        ("info", "GREEN SPACE / ENERGY"),
    ]
    overview = Doc().heading("Innledning", 1).para("Tekst.")
    overview.heading("Reduction Targets", 1, "1").heading("Transportation Systems", 1, "2")
    overview.item("Encourage employees to walk")
    overview.heading("Energy Systems", 1, "3").item("Energy use conservation")
    assert [(d.found, d.severity) for d in empty_sections(overview.plan)] == [("Reduction Targets", "info")]


def test_chapter_numbered_x_0_holds_the_sub_chapters_after_it():
    """"2.0 History" directly followed by "2.1 Council" in the same type size is a chapter
    whose sections follow, not an empty one; "2.2" straight after "2.1" without text is."""
    doc = Doc().heading("Innledning", 2, "1.0").heading("Bakgrunn", 2, "1.1").para("Tekst.")
    doc.heading("History", 2, "2.0").heading("Council", 2, "2.1").para("Tekst.")
    doc.heading("Agreement", 2, "2.2").heading("Progress", 2, "2.3").para("Tekst.", page=2)
    assert [d.found for d in empty_sections(doc.plan)] == ["Agreement"]


def test_a_quoted_sentence_set_as_a_heading_is_a_pull_quote():
    """A sentence in quotation marks set large ("“Transport makes up 59% of our emissions.”")
    is a pull quote: its full stop stands inside the closing quote mark, and it is no empty
    chapter. A quoted title with no sentence end is still a heading."""
    doc = Doc().heading("Innledning", 1).para("Tekst.")
    doc.heading("“Transport makes up approximately 59% of our emissions.”", 1)
    doc.heading("Transport", 1).para("Tekst.")
    doc.heading("«Sammen om folkehelsa»", 1)
    doc.heading("Slutt", 1).para("Tekst.")
    assert [d.found for d in empty_sections(doc.plan)] == ["«Sammen om folkehelsa»"]


def test_a_figure_set_large_under_a_label_is_its_content():
    """A display panel: "VÅRT MÅL" over "20%" set large, "Energy use" over "2018". The figures
    are read as headings, but they are no titles: the labels over them are not empty. A numbered
    chapter followed by a number alone still is."""
    doc = Doc().heading("Intro", 1).para("Tekst.")
    doc.heading("VÅRT MÅL", 2).heading("20%", 1).heading("REDUCTION", 2).para("of")
    doc.heading("Energy use", 3).heading("2018", 2).para("The City is continuing to pursue its goal.")
    doc.heading("Tiltak", 1, "3").heading("2026", 1).para("Tekst.")
    assert [d.found for d in empty_sections(doc.plan)] == ["Tiltak"]


def test_an_unnumbered_title_over_the_first_numbered_chapter_is_not_empty():
    """A plan's title repeated over its numbered outline ("Helhetsplan for Nordbyen" straight
    over "1 Innledning", in a smaller size than the chapter) heads the chapters; an unnumbered
    heading straight over a later chapter ("3") is still empty."""
    doc = Doc().heading("Forord", 1).para("Tekst.")
    doc.heading("Helhetsplan for Nordbyen", 3).heading("Innledning", 1, "1").para("Tekst.")
    doc.heading("Bakgrunn", 1, "2").para("Tekst.", page=2)
    doc.heading("Styringsgruppe", 3).heading("Tiltak", 1, "3").para("Tekst.", page=3)
    assert [d.found for d in empty_sections(doc.plan)] == ["Styringsgruppe"]


def test_many_empty_headings_mean_a_designed_layout():
    """Chart labels and pull quotes in large type are read as headings in designed PDFs: when
    many "sections" are empty the headings are not real, and none is reported."""
    doc = Doc().heading("Intro", 1).para("Tekst.")
    for label in ("TOTAL EMISSIONS", "NUMBER OF CHARGERS", "SOLAR STRUCTURES", "SCHOOL ASSESSMENTS"):
        doc.heading(label, 1)
    doc.heading("Slutt", 1).para("Tekst.")
    assert empty_sections(doc.plan) == []


# --------------------------------------------------------------------------- rules in the engine


def test_rules_are_valid_and_configurable():
    from plancheck.checks.rules import validate_rule

    rules = draft_rules()
    assert [r.id for r in rules] == [
        "draft-remark", "editorial-leftover", "internal-link", "dangling-reference", "numbering-gap",
        "numbering-duplicate", "summary-mismatch", "deadline-passed", "empty-section",
    ]
    for r in rules:
        validate_rule(r, "test")
        assert r.pack == "draft" and r.docs["why"] and r.docs["flagged"] and r.docs["accepted"]
    doc = Doc().heading("Innledning", 1, "1").para("TODO: skriv mer. Se K:\\Plan\\x.docx.")
    result = check_plan(doc.plan, rules=configure(rules, disable=["internal-link"]))
    assert [f.rule for f in result.findings] == ["editorial-leftover"]
    result = check_plan(doc.plan, rules=configure(draft_rules(), severity={"editorial-leftover": "error"}))
    assert [(f.rule, f.severity) for f in result.findings] == [("editorial-leftover", "error"), ("internal-link", "warning")]
    assert len({f.fingerprint for f in result.findings}) == 2


def test_rule_docs_pages_are_in_step_with_the_rules():
    """docs/rules/<id>.md is written by `python -m plancheck.drafts` from the rules' own docs."""
    for rule in draft_rules():
        page = REPO / "docs" / "rules" / f"{rule.id}.md"
        assert page.read_text(encoding="utf-8") == rule_markdown(rule), f"regenerate {page}"


def test_rules_command_lists_the_draft_rules(capsys):
    assert main(["rules", "--format", "json"]) == 0
    listed = {r["id"]: r for r in json.loads(capsys.readouterr().out)}
    for rid in DRAFT_IDS:
        assert listed[rid]["pack"] == "draft"
        assert listed[rid]["severity"] == "warning"


# --------------------------------------------------------------------------- the defect corpus


def gold_files() -> list[Path]:
    return sorted(DEFECTS.glob("*/*.gold.yaml"))


def match(expected: list[dict], reported: list[dict]) -> tuple[list, list]:
    """One-to-one by rule and quote (a gold quote is part of the reported quote)."""
    norm = lambda s: " ".join(s.casefold().split())  # noqa: E731
    left = list(reported)
    missed = []
    for exp in expected:
        hit = next((r for r in left if r["rule"] == exp["rule"] and norm(exp["quote"]) in norm(r["quote"])), None)
        if hit is None:
            missed.append((exp["rule"], exp["quote"]))
        else:
            left.remove(hit)
    return missed, [(r["rule"], r["quote"]) for r in left]


@pytest.fixture
def own_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("PLANCHECK_CACHE_DIR", str(tmp_path / "cache"))


@pytest.mark.parametrize("gold_file", gold_files(), ids=lambda p: p.parent.name)
@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_defect_corpus(gold_file, fmt, capsys, own_cache):
    """`plancheck check` reports exactly the findings of the gold file (warning and above),
    from the PDF and from the Word source alike."""
    gold = yaml.safe_load(gold_file.read_text(encoding="utf-8"))
    doc = gold_file.parent / gold["document"].replace(".pdf", f".{fmt}")
    argv = ["check", str(doc), "--format", "json", "--fail-on", "never"]
    expected = list(gold["findings"] or [])
    if gold.get("as_of"):
        argv += ["--as-of", str(gold["as_of"])]
        expected += gold.get("findings_as_of") or []
    assert main(argv) == 0
    out = capsys.readouterr().out
    result = json.loads(out)
    result = result[0] if isinstance(result, list) else result
    reported = [f for f in result["findings"] if f["severity"] in ("error", "warning")]
    missed, extra = match(expected, reported)
    assert (missed, extra) == ([], [])


def test_defect_corpus_covers_every_rule():
    """Each draft rule fires somewhere in the corpus, and the look-alike document has none."""
    fired: set[str] = set()
    for gold_file in gold_files():
        gold = yaml.safe_load(gold_file.read_text(encoding="utf-8"))
        rules = {f["rule"] for f in (gold["findings"] or []) + (gold.get("findings_as_of") or [])}
        fired |= rules
        if gold_file.parent.name == "utkast-ren":
            assert rules == set()
    # draft-remark needs a .docx/.odt with comments (a PDF keeps none): tests/test_equivalence.py
    assert set(DRAFT_IDS) - {"draft-remark"} <= fired
