"""Parent goals in two printed forms of the fifty-seventh parents batch, on invented examples made
with reportlab and read through the whole pipeline: goals enumerated run in inside one paragraph
("… will work so that (1) …; (2) …; and (3) …", goalforms.enumerated_goals), and goals that each
complete one opening stem ("Byrådet ønsker, at bibliotekerne …" then "… har åbent …" lines,
goalforms.stem_goals), and goals set apart in italics under each theme beside guidelines that say
"shall" too (layout's Block.italic, goalforms.italic_goals)."""

from __future__ import annotations

from pathlib import Path

import pytest

from plancheck.extract.plan import build_plan
from plancheck.mandate.goalforms import form_goals
from plancheck.mandate.parents import parent_goals
from plancheck.pipeline import load_document


def _pdf(tmp_path: Path, name: str, parts: list[tuple[str, str]]) -> Path:
    """A one-page PDF of (style, text) paragraphs, style 'h' a heading, 'p' a body paragraph, 'i'
    a body paragraph set in italics."""
    pytest.importorskip("reportlab")
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    styles = getSampleStyleSheet()
    italic = ParagraphStyle("italic", parent=styles["BodyText"], fontName="Helvetica-Oblique")
    story = []
    for style, text in parts:
        story.append(Paragraph(text, {"h": styles["Heading1"], "i": italic}.get(style, styles["BodyText"])))
        story.append(Spacer(1, 6))
    path = tmp_path / name
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


def _goals(path: Path, lang: str = "en") -> list[str]:
    doc = load_document(path)
    return [" ".join(g.text.split()) for g in parent_goals(build_plan(doc, lang=lang), doc)]


def test_goals_enumerated_inside_one_paragraph(tmp_path):
    path = _pdf(
        tmp_path,
        "enumerated.pdf",
        [
            ("h", "1 Background"),
            ("p", "The district has many small ponds and old hedges. Several of them have been lost since the "
                  "last survey, and volunteers report fewer frogs every spring."),
            ("h", "2 What we aim for"),
            ("p", "This strategy has four aims. The council will work so that (1) every pond on public land is "
                  "cleared of silt and holds water all summer; (2) old hedges along the lanes are cut in rotation "
                  "rather than every year; (3) schools in the district use the ponds for outdoor lessons; and "
                  "(4) new housing estates keep a strip of rough grass along every ditch. The aims are equally "
                  "important."),
            ("h", "3 Follow-up"),
            ("p", "The countryside officer reports to the environment committee once a year."),
        ],
    )
    goals = _goals(path)
    assert goals == [
        "every pond on public land is cleared of silt and holds water all summer",
        "old hedges along the lanes are cut in rotation rather than every year",
        "schools in the district use the ponds for outdoor lessons",
        "new housing estates keep a strip of rough grass along every ditch.",
    ]
    # the same run of markers in a background section, its lead-in stating no will: a list of facts
    path = _pdf(
        tmp_path,
        "facts.pdf",
        [
            ("h", "1 Background"),
            ("p", "The survey of last year found that (1) most ponds on public land are filled with silt by "
                  "July; (2) old hedges along the lanes are cut every single year; (3) few schools in the district "
                  "visit the ponds at all; and (4) new housing estates have piped every ditch underground."),
        ],
    )
    doc = load_document(path)
    assert [f for f in form_goals(doc) if "-e" in f.id] == []


def test_goals_completing_one_stem(tmp_path):
    path = _pdf(
        tmp_path,
        "stem.pdf",
        [
            ("h", "Derfor en bibliotekspolitik"),
            ("p", "Kommunen driver ni filialer og en bogbus, der kommer rundt i landsbyerne hver uge."),
            ("h", "Vores mål"),
            ("p", "Byrådet ønsker, at bibliotekerne i kommunen …"),
            ("p", "… har åbent om aftenen på hverdage i alle byer med over to tusinde indbyggere."),
            ("p", "… låner bærbare computere ud til alle, der har et lånerkort."),
            ("p", "… holder læsegrupper for børn i alle skoleferier."),
            ("p", "… har bøger på de fem sprog, der tales mest i hjemmene."),
            ("h", "Sådan arbejder vi"),
            ("p", "Personalet i filialerne mødes to gange om året og deler erfaringer."),
        ],
    )
    goals = _goals(path, "da")
    assert goals == [
        "har åbent om aftenen på hverdage i alle byer med over to tusinde indbyggere.",
        "låner bærbare computere ud til alle, der har et lånerkort.",
        "holder læsegrupper for børn i alle skoleferier.",
        "har bøger på de fem sprog, der tales mest i hjemmene.",
    ]
    # lines opening with an ellipsis after a line that states no will: quoted fragments, no goals
    path = _pdf(
        tmp_path,
        "quotes.pdf",
        [
            ("h", "What readers told us"),
            ("p", "Readers answered the survey of the libraries …"),
            ("p", "… the opening hours are too short on weekday evenings in the towns."),
            ("p", "… the laptops for loan are always booked out by the students."),
            ("p", "… the reading groups for children are full before the holiday starts."),
        ],
    )
    doc = load_document(path)
    assert [f for f in form_goals(doc) if "-s" in f.id] == []


_THEMES = [
    ("h", "2.1 Harbour front"),
    ("p", "The harbour front is mostly car parks and empty sheds today."),
    ("i", "The harbour front shall become a public promenade open to everyone all year round."),
    ("p", "Guidelines: new buildings on the quay shall be at most four storeys high."),
    ("h", "2.2 Old town"),
    ("p", "The old town has many listed houses, and some of them stand empty."),
    ("i", "Empty listed houses in the old town shall be brought back into use as homes."),
    ("p", "Guidelines: shop fronts in the old town shall keep their original window frames."),
    ("h", "2.3 Travel"),
    ("p", "Most trips inside the town are shorter than two kilometres."),
    ("i", "Walking and cycling shall be the easiest way to get around inside the town."),
    # italics holding a will that is no goal: a label's over an indicator, a lead-in cut at its clause
    ("i", "How we will know: the share of trips inside the town made on foot or by bike."),
    ("i", "The council will work so that"),
    ("p", "Guidelines: every new street shall have a separate cycle lane on both sides."),
]


def test_goals_set_apart_in_italics(tmp_path):
    path = _pdf(tmp_path, "italic.pdf", [("h", "2 Land use strategy"), *_THEMES])
    assert _goals(path) == [
        "The harbour front shall become a public promenade open to everyone all year round.",
        "Empty listed houses in the old town shall be brought back into use as homes.",
        "Walking and cycling shall be the easiest way to get around inside the town.",
    ]
    # the same document set wholly in italics: the type tells nothing
    path = _pdf(tmp_path, "all-italic.pdf", [(s if s == "h" else "i", t) for s, t in _THEMES])
    doc = load_document(path)
    assert all(b.italic for b in doc.blocks if str(getattr(b.kind, "value", b.kind)) == "paragraph")
    assert [f for f in form_goals(doc) if f.text.startswith("The harbour front shall")] == []
