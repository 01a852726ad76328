"""Word/OpenDocument places and page counts in a planner's report are in the report's language.

The readers write a Word finding's place in English for the JSON contract ("section 3.2,
table 1, row 4"); the text and HTML reports a planner reads in bokmål or nynorsk must not show
those English words, and a one-page document is "1 side", not "1 sider".
"""

from __future__ import annotations

from test_checks_support import goal, make_plan, measure

from plancheck.checks import check_plan, load_rules
from plancheck.commands.extract import render_tree
from plancheck.drafts import draft_rules
from plancheck.ingest.sections import place
from plancheck.models import Provenance
from plancheck.report import render
from plancheck.report.labels import pages_count

RULES = load_rules(plugins=False)


def test_place_turns_the_readers_words_and_keeps_the_documents_own():
    assert place("section 3.2, table 1, row 4", "nb") == "kapittel 3.2, tabell 1, rad 4"
    assert place("section 2, table 1, header row", "nn") == "kapittel 2, tabell 1, overskriftsrada"
    assert place("front matter, paragraph 1", "nb") == "før første overskrift, avsnitt 1"
    # a heading quoted in the place, and the author of a comment, are the document's words
    assert (
        place('section "Table row by row", paragraph 2 (comment by Row Section)', "nb")
        == "kapittel «Table row by row», avsnitt 2 (kommentar av Row Section)"  # Norwegian quote marks
    )
    assert place("section 3.2, table 1, row 4", "en") == "section 3.2, table 1, row 4"
    assert place(None, "nb") == ""


def _word_plan():
    """A Word draft: no pages, the measure's place in the readers' English words."""
    m = measure("m1", "Kartlegge ventetiden i PPT", ("g1",), due="2026", page=None)
    m.page = None
    m.provenance = Provenance(source_text=m.text, location="section 4, table 1, row 2")
    g = goal("g1", "Alle barn skal få hjelp tidlig", page=None)
    g.page = None
    g.provenance = Provenance(source_text=g.text, location="section 2, paragraph 1")
    plan = make_plan([g], [], [m], path="utkast.docx")
    plan.source.format = "docx"
    return plan


def test_text_and_html_reports_give_a_word_place_in_the_reports_language():
    plan = _word_plan()
    for lang, want in (("nb", "kapittel 4, tabell 1, rad 2"), ("nn", "kapittel 4, tabell 1, rad 2")):
        res = check_plan(plan, rules=RULES, lang=lang)
        assert any(f.location for f in res.findings)  # the missing owner, placed in the table
        for fmt in ("text", "html"):
            out = render(fmt, [res], lang=lang)
            assert want in out, (lang, fmt)
            assert "section 4" not in out and "row 2" not in out, (lang, fmt)
    res = check_plan(plan, rules=RULES, lang="en")
    assert "section 4, table 1, row 2" in render("text", [res], lang="en")


def test_extract_tree_gives_word_places_in_bokmaal():
    tree = render_tree(_word_plan())
    assert "[kapittel 4, tabell 1, rad 2]" in tree and "section" not in tree


def test_page_count_takes_the_singular_for_one_page():
    assert pages_count(1, "nb") == "1 side"
    assert pages_count(1, "nn") == "1 side"
    assert pages_count(8, "nb") == "8 sider"
    assert pages_count(1, "en") == "1 page"
    plan = make_plan([goal("g1", "Alle barn skal få hjelp tidlig")])
    plan.source.pages = 1
    html = render("html", [check_plan(plan, rules=RULES, lang="nb")], lang="nb")
    assert "1 side" in html and "1 sider" not in html


def test_messages_that_name_a_word_place_say_it_in_the_messages_language():
    """A comment left in a draft and a number used twice name where the other one stands:
    in bokmål and nynorsk that place is in their words, in English in the readers' own."""
    plan = _word_plan()
    plan.comments = [Provenance(source_text="Sjekk tala", location="section 2, paragraph 1 (comment by Kari)")]
    first, second = (
        measure(f"m{i}", text, ("g1",), owners=("Rådgiver",), due="2026", page=None, number="1.2")
        for i, text in ((2, "Lage rutine for overgang"), (3, "Kartlegge fritidstilbudet"))
    )
    numbered = [measure("m1", "Tilby leksehjelp", ("g1",), owners=("Rådgiver",), due="2026", page=None,
                        number="1.1"), first, second]
    for i, m in enumerate(numbered, start=1):
        m.page = None
        m.provenance = Provenance(source_text=m.text, location=f"section 4, table 1, row {i}")
    plan.measures = numbered
    want = {
        "nb": ("kapittel 2, avsnitt 1 (kommentar av Kari)", "første gang: kapittel 4, tabell 1, rad 2"),
        "nn": ("kapittel 2, avsnitt 1 (kommentar av Kari)", "første gong: kapittel 4, tabell 1, rad 2"),
        "en": ("section 2, paragraph 1 (comment by Kari)", "first: section 4, table 1, row 2"),
    }
    for lang, (remark, duplicate) in want.items():
        result = check_plan(plan, rules=draft_rules(), lang=lang)
        messages = {f.rule: f.message for f in result.findings}
        assert remark in messages["draft-remark"], lang
        assert duplicate in messages["numbering-duplicate"], lang


def test_the_html_index_places_a_parent_goal_in_the_parent_plan_not_the_whole_document():
    # a goal of the parent plan and a point of the mandate stand in another document: the
    # index names that document (and the parent goal's page there) and links to its row
    from plancheck.models import Coverage, ParentCoverage

    plan = make_plan([goal("g1", "Alle barn skal få hjelp tidlig")], [], [measure("m1", "Kartlegge ventetiden", ("g1",), due="2026")])
    pcov = [
        ParentCoverage(id="P1", text="Flere skal bo trygt hjemme", page=3, status="not_followed_up"),
        ParentCoverage(id="P2", text="Levende sentrum", status="not_followed_up"),
    ]
    cov = [
        Coverage(id="pt1", text="gi en oversikt over tilbudet", status="uncovered"),
        Coverage(id="pt2", text="vurdere nye lokaler", page=2, status="uncovered"),
    ]
    for lang, parent_word, mandate_word, whole in (
        ("nb", "overordnet plan", "mandatet", "hele dokumentet"),
        ("nn", "overordna plan", "mandatet", "heile dokumentet"),
        ("en", "parent plan", "the mandate", "whole document"),
    ):
        res = check_plan(plan, rules=RULES, lang=lang, parent_coverage=pcov, coverage=cov, mandate_points=[])
        assert {f.rule for f in res.findings} >= {"parent-goal-followed-up", "mandate-point-covered"}
        html = render("html", [res], lang=lang)
        index = html[html.index('class="findex"'):html.index("</nav>")]
        assert f">{parent_word}, {'p.' if lang == 'en' else 's.'} 3</a>" in index, (lang, index)
        assert f">{parent_word}</a>" in index and f">{mandate_word}</a>" in index, lang
        assert f">{mandate_word}, {'p.' if lang == 'en' else 's.'} 2</a>" in index, lang
        assert whole not in index, lang
        assert 'href="#' in index and "-parent-P1" in index, lang
