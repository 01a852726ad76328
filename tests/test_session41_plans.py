"""Plan layouts of session 41, each printed with reportlab the way the plan sets it: measures with
their owner and deadline in a margin note beside them (a Word frame in the left margin), and an
Easy Read plan ('Goal 1: Homes' / 'Our hope: …' / 'We will …' with 'Who is in charge:' and
'When:' lines under each action, a picture column of empty boxes beside the text)."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("reportlab")

from dataclasses import replace

from test_layout_support import line_words

from plancheck.layout.lines import words_to_lines
from plancheck.layout.marginnotes import move_margin_notes


def _small(words, size=8.5):
    return [replace(w, size=size, top=w.top, bottom=w.top + size) for w in words]


def test_a_margin_note_is_read_after_the_paragraph_beside_it():
    # "Ansvar: NAV" / "Frist: 2027" in 8.5 pt at the left edge, level with the first two lines of
    # the measure "1.1 Opprette eit bustadteam …" set at 164 in 10.5 pt; the next measure's note
    # level with its own first line
    words = [
        *_small(line_words("Ansvar: NAV", 51, 100)), *line_words("1.1 Opprette eit bustadteam", 164, 100, 10.5),
        *_small(line_words("Frist: 2027", 51, 112)), *line_words("med fast kontaktperson.", 193, 112, 10.5),
        *line_words("Teamet møtest kvar veke.", 193, 124, 10.5),
        *_small(line_words("Ansvar: Eigedom", 51, 150)), *line_words("1.2 Skaffe fire akuttbustader.", 164, 150, 10.5),
        *_small(line_words("Frist: 2028", 51, 162)), *line_words("Det er dyrt i dag.", 193, 162, 10.5),
        *_small(line_words("Kjelde: SSB", 51, 190)), *line_words("Tala er frå 2026 og viser at fleire", 164, 190, 10.5),
    ]
    lines = words_to_lines(words, 1)
    (page,) = move_margin_notes([lines])
    notes = [ln for ln in page if "margin_note" in ln.meta]
    assert [ln.text for ln in notes][:2] == ["Ansvar: NAV", "Frist: 2027"]
    text = {ln.text: ln for ln in page if "margin_note" not in ln.meta}
    # cut off their lines, the measures' lines are whole again
    assert "1.1 Opprette eit bustadteam" in text and "med fast kontaktperson." in text
    # each note read after the last line of its own paragraph, before the next measure
    first, second = notes[0].meta["read_at"], notes[2].meta["read_at"]
    assert text["Teamet møtest kvar veke."].top < first < text["1.2 Skaffe fire akuttbustader."].top
    assert text["Det er dyrt i dag."].top < second < text["Tala er frå 2026 og viser at fleire"].top


def test_small_text_alone_in_the_margin_is_no_layout_of_notes():
    # a byline in small type across the page and one note: too few to call a note column
    words = [*_small(line_words("Vedteken av kommunestyret 10. desember 2026, sak 94/26 i Solvågen", 51, 60)),
             *_small(line_words("Sjå òg kapittel 2.", 51, 100)), *line_words("Planen viser korleis", 164, 100, 10.5)]
    lines = words_to_lines(words, 1)
    assert move_margin_notes([lines]) == [lines]


def _margin_pdf(path: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    _w, h = A4
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 18)
    c.drawString(51, h - 70, "Bustadsosial handlingsplan 2027–2030")
    y = h - 120
    measures = [
        ("1", "Ingen skal vere bustadlause", [
            ("1.1", "Opprette eit bustadteam for alle som står utan bustad.", "Teamet møtest kvar veke.", "NAV Solvågen", "1.3.2027"),
            ("1.2", "Skaffe fire akuttbustader som kan takast i bruk same dag.", "Hotellrom er dyrt.", "Eigedom", "2028"),
        ]),
        ("2", "Fleire skal kunne eige sin eigen bustad", [
            ("2.1", "Auke bruken av startlån til unge i etableringsfasen.", "Minst 15 lån i året.", "Bustadkontoret", "kvart år"),
            ("2.2", "Innføre leige til eige i ti kommunale bustader.", "Kjøp etter fem år.", "Eigedom", "2029"),
        ]),
    ]
    for n, goal, items in measures:
        c.setFont("Helvetica-Bold", 12)
        c.drawString(51, y, f"Mål {n}: {goal}")
        y -= 24
        for number, lead, rest, owner, when in items:
            c.setFont("Helvetica-Oblique", 8.5)
            c.drawString(51, y, f"Ansvar: {owner}")
            c.drawString(51, y - 10, f"Frist: {when}")
            c.setFont("Helvetica", 10.5)
            c.drawString(164, y, number)
            c.setFont("Helvetica-Bold", 10.5)
            c.drawString(193, y, lead)
            c.setFont("Helvetica", 10.5)
            c.drawString(193, y - 13, rest)
            y -= 40
        y -= 10
    c.showPage()
    c.save()
    return path


def test_measures_with_their_owner_and_deadline_in_margin_notes(tmp_path):
    from plancheck.pipeline import extract_plan

    plan = extract_plan(_margin_pdf(tmp_path / "margin.pdf"))
    got = {m.text.rstrip("."): ([o.text for o in m.owners], m.deadline.text if m.deadline else None) for m in plan.measures}
    assert got == {
        "Opprette eit bustadteam for alle som står utan bustad": (["NAV Solvågen"], "1.3.2027"),
        "Skaffe fire akuttbustader som kan takast i bruk same dag": (["Eigedom"], "2028"),
        "Auke bruken av startlån til unge i etableringsfasen": (["Bustadkontoret"], "kvart år"),
        "Innføre leige til eige i ti kommunale bustader": (["Eigedom"], "2029"),
    }
    assert sorted(g.text for g in plan.goals) == ["Fleire skal kunne eige sin eigen bustad", "Ingen skal vere bustadlause"]


def _easy_read_pdf(path: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    _w, h = A4
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 20)
    c.drawString(57, h - 60, "Living well: our action plan 2027 to 2030")
    c.setFont("Helvetica-Bold", 16)
    c.drawString(57, h - 100, "Our 2 goals")
    c.setFont("Helvetica", 14)
    c.drawString(133, h - 125, "1. Homes")
    c.drawString(133, h - 145, "2. Friends and fun")
    y = h - 190
    goals = [
        ("Homes", "People with a learning disability live in a home that is right for them.", [
            ("We will build 24 new flats with support.", "Housing Team", "by March 2029"),
            ("We will write letters about rent in Easy Read.", "Fernmoor Homes", "by summer 2027"),
        ]),
        ("Friends and fun", "People with a learning disability have friends and things to do.", [
            ("We will start a Friendship Club in each town.", "Community Development", "by autumn 2028"),
        ]),
    ]
    for n, (name, want, actions) in enumerate(goals, start=1):
        c.setFont("Helvetica-Bold", 20)
        c.drawString(57, y, f"Goal {n}: {name}")
        y -= 30
        c.setFont("Helvetica-Bold", 14)
        c.drawString(133, y, "Our hope:")
        c.setFont("Helvetica", 14)
        cut = want.rfind(" ", 0, 40)
        c.drawString(133 + c.stringWidth("Our hope: ", "Helvetica-Bold", 14), y, want[:cut])
        c.drawString(133, y - 18, want[cut + 1 :])
        y -= 50
        c.setFont("Helvetica-Bold", 14)
        c.drawString(57, y, "What happens next:")
        y -= 25
        for action, who, when in actions:
            c.rect(67, y - 30, 50, 40, stroke=1, fill=0)  # the picture column: a box, no words
            c.setFont("Helvetica", 14)
            c.drawString(133, y, action)
            for label, value in (("Who is in charge:", who), ("When:", when)):
                y -= 20
                c.setFont("Helvetica-Bold", 14)
                c.drawString(133, y, label)
                c.setFont("Helvetica", 14)
                c.drawString(133 + c.stringWidth(label + " ", "Helvetica-Bold", 14), y, value)
            y -= 32
        y -= 10
    c.showPage()
    c.save()
    return path


def test_an_easy_read_plan_of_named_goals_and_actions_with_who_and_when(tmp_path):
    from plancheck.pipeline import extract_plan

    plan = extract_plan(_easy_read_pdf(tmp_path / "easy.pdf"))
    goals = {g.id: g.text for g in plan.goals}
    # the goal is what "Our hope:" says; the name is its title, listed once above
    assert sorted(goals.values()) == [
        "People with a learning disability have friends and things to do",
        "People with a learning disability live in a home that is right for them",
    ]
    got = {m.text.rstrip("."): ([o.text for o in m.owners], m.deadline.text if m.deadline else None, [goals[i][:20] for i in m.goal_ids])
           for m in plan.measures}
    assert got == {
        "We will build 24 new flats with support": (["Housing Team"], "by March 2029", ["People with a learni"]),
        "We will write letters about rent in Easy Read": (["Fernmoor Homes"], "by summer 2027", ["People with a learni"]),
        "We will start a Friendship Club in each town": (["Community Development"], "by autumn 2028", ["People with a learni"]),
    }


def test_small_bullets_hanging_left_of_their_items_are_no_margin_notes():
    # a list whose bullets are set smaller than its text, at the page's left edge: the bullets
    # stay on their lines (a real plan's 7 pt "•" before 10 pt items)
    words = []
    for k, text in enumerate(["Reduce wildfire risk in new developments", "Encourage pervious paving",
                              "Work with local medical providers", "Collaborate with transport agencies"]):
        words += [*_small(line_words("•", 54, 100 + 20 * k), size=7), *line_words(text, 72, 100 + 20 * k, 10)]
    lines = words_to_lines(words, 1)
    (page,) = move_margin_notes([lines])
    assert not [ln for ln in page if "margin_note" in ln.meta]


def test_items_keyed_by_number_to_later_lines_of_fields():
    # a slide's numbered bullets, then its notes page: "1.1 Ansvarig: … Klart: …" under the same
    # numbers; "1.3" says something else but holds its deadline; "2.1" keys nothing of series 1
    from plancheck.extract.plan import fields_by_number
    from plancheck.models import Block, BlockKind, Provenance

    def b(kind, number, text):
        return Block(id="b", kind=kind, number=number, text=text, provenance=Provenance(page=1, source_text=text))

    blocks = [
        b(BlockKind.heading, "1.1", "Teater för alla förskolebarn varje läsår"),
        b(BlockKind.heading, "1.2", "Skrivarverkstad i alla grundskolor"),
        b(BlockKind.heading, "1.3", "Buss till konsthallen för skolklasser"),
        b(BlockKind.list_item, "1.1", "Ansvarig: Kulturförvaltningen. Klart: hösten 2028."),
        b(BlockKind.list_item, "1.2", "Ansvarig: Utbildningsförvaltningen. Klart: 2029."),
        b(BlockKind.list_item, "1.3", "Vem som betalar avgörs senare. Klart: 2030."),
        b(BlockKind.heading, "2.1", "Lägre avgift i musikskolan"),
    ]
    keyed, lines = fields_by_number(blocks, "sv")
    assert keyed["1.1"] == [("owner", "Kulturförvaltningen"), ("deadline", "hösten 2028")]
    assert keyed["1.2"] == [("owner", "Utbildningsförvaltningen"), ("deadline", "2029")]
    assert [r for r, _v in keyed["1.3"]] == ["deadline"]
    assert "2.1" not in keyed
    assert lines == {3, 4, 5}
