"""Mandate points of mandates-blind31's forms (issue 11 item 1, session 33, mfind33): a list item
that is a lead-in over lettered sub-points (over a page break), a numbered report's sections,
the draft handed over by a deadline, a duty to report on the plan, and what is no point — the
order to make the plan, an exclusion, the budget, why the plan is needed, a list printed twice."""

from __future__ import annotations

import pytest

from plancheck.mandate.points import (
    _plan_lead_in,
    find_points,
    indicative_requirement,
    is_requirement,
    needs_the_plan,
    orders_the_plan,
    point_kind,
    read_mandate,
    report_duty,
    states_funding,
)

# ---------------------------------------------------------------- a lead-in item over sub-points


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("Planen skal særleg omtale:", True),
        ("Planen skal særlig beskrive:", True),
        ("Planen ska särskilt belysa:", True),
        ("Planen skal især beskrive:", True),
        ("The strategy shall in particular address:", True),
        # the plan's parts: one deliverable point with its parts (mandates/oppvekst 6)
        ("Planen skal inneholde:", False),
        ("The plan shall include:", False),
        # a point that asks by itself keeps its sub-points as its parts
        ("Vurdere tiltak mot skadene på:", False),
        ("Planen skal særleg omtale bustader", False),
    ],
)
def test_plan_lead_in(text, lead):
    assert _plan_lead_in(text) is lead


def _vedtak_pdf(path, lead: str, subs: list[str], header: str = "Sak 12/47   Heradsstyret") -> None:
    """A case print (reportlab): a vedtak whose item 3 is ``lead``, its sub-points on page 2
    under a running header, the next items after them."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    w, h = A4
    for page in (1, 2):
        if page == 2:
            c.showPage()
        c.setFont("Times-Roman", 9)
        c.drawString(60, h - 40, header)
        c.drawCentredString(w / 2, 30, f"Side {page}")
        c.setFont("Times-Roman", 11.5)
        y = h - 90
        if page == 1:
            c.setFont("Times-Bold", 11.5)
            c.drawString(60, y, "Vedtak")
            c.setFont("Times-Roman", 11.5)
            for ln in ["1.Heradsstyret vedtek at det skal utarbeidast ein plan for kulturminne.",
                       "2.Planen skal kartleggje kva kulturminne heradet eig.", "3." + lead]:
                y -= 16
                c.drawString(60, y, ln)
        else:
            for k, sub in enumerate(subs):
                y -= 16
                c.drawString(78, y, f"{'abc'[k]}) {sub}")
            for ln in ["4.Kommunedirektøren legg planen fram for heradsstyret innan 1. juni 2048.",
                       "5.Kostnadene ved planarbeidet blir dekte innanfor ramma til kultur."]:
                y -= 16
                c.drawString(60, y, ln)
    c.save()


def test_lettered_sub_points_of_a_lead_in_item_over_a_page_break_are_points(tmp_path):
    path = tmp_path / "vedtak.pdf"
    subs = ["kyrkjegardane og murane rundt dei,", "korleis frivillige lag kan ta del i skjøtselen,",
            "behovet for skilting langs kulturstiane."]
    _vedtak_pdf(path, "Planen skal særleg omtale:", subs)
    points = read_mandate(path)
    assert [p.number for p in points] == ["2", "a", "b", "c", "4"]
    assert points[1].text == "kyrkjegardane og murane rundt dei"
    assert points[3].text == "behovet for skilting langs kulturstiane"
    assert points[4].kind == "process"


def test_a_contain_lead_in_keeps_its_parts(tmp_path):
    path = tmp_path / "vedtak.pdf"
    _vedtak_pdf(path, "Planen skal innehalde:", ["mål for perioden,", "ein handlingsdel,", "indikatorar."])
    numbers = [p.number for p in read_mandate(path)]
    assert "a" not in numbers and "3" in numbers


# ---------------------------------------------------------------- a numbered report's sections


def _tor_pdf(path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    _w, h = A4
    y = h - 70
    rows = [
        ("B", "1. Background"),
        ("R", "1.1 The Council owns 42 play areas and several fail current safety standards."),
        ("R", "1.2 A survey in 2046 found that parents want more play for older children."),
        ("B", "2. Scope"),
        ("R", "The strategy will:"),
        ("R", "2.1 assess the condition of every play area;"),
        ("R", "2.2 identify gaps in provision for children aged 8 to 14;"),
        ("R", "2.3 set out a ten-year programme of renewal with outline costs."),
        ("R", "2.4 Sports pitches are outside the scope of this work."),
        ("B", "3. Governance and timetable"),
        ("R", "3.1 The work will be led by the Parks Manager."),
        ("R", "3.2 The draft strategy will be subject to public consultation for six weeks."),
        ("R", "3.3 The Parks Manager will report progress on the strategy to the Committee every year."),
        ("R", "3.4 The work will be funded from the parks revenue budget."),
    ]
    for style, text in rows:
        y -= 22 if style == "B" else 15
        c.setFont("Helvetica-Bold" if style == "B" else "Helvetica", 13 if style == "B" else 10.5)
        c.drawString(56, y, text)
    c.save()


def test_numbered_report_sections_give_only_paragraphs_that_ask(tmp_path):
    path = tmp_path / "tor.pdf"
    _tor_pdf(path)
    points = read_mandate(path)
    assert [p.number for p in points] == ["2.1", "2.2", "2.3", "3.2", "3.3"]
    assert [p.kind for p in points][3:] == ["process", "process"]


# ---------------------------------------------------------------- requirements in the prose


@pytest.mark.parametrize(
    "sentence",
    [
        "Arbejdsgruppen afleverer et udkast til demensplan til Sundheds- og Ældreudvalget senest den 1. juni 2047.",
        "Arbeidsgruppa leverer et utkast til plan til hovedutvalget innen 1. juni 2047.",
        "Projektgruppen lämnar ett förslag till plan till nämnden senast den 1 juni 2047.",
        "The working group delivers a draft plan to the Committee by 1 June 2047.",
    ],
)
def test_the_draft_handed_over_by_a_deadline_is_a_process_requirement(sentence):
    assert indicative_requirement(sentence)
    assert point_kind(sentence) == "process"


@pytest.mark.parametrize(
    "sentence",
    [
        "Arbejdsgruppen holder første møde i januar 2047.",
        "NAV leverer tjenester til 300 brukere i 2045.",
        "Arbeidsgruppa leverte utkastet til plan innen fristen i 2045.",
    ],
)
def test_no_hand_over_asked(sentence):
    assert not indicative_requirement(sentence)


@pytest.mark.parametrize(
    ("sentence", "duty"),
    [
        ("The Active Travel Officer will report progress on delivering the LCWIP to the Board once a year.", True),
        ("Kommunedirektøren skal rapportere årlig til kommunestyret om oppfølgingen av planen.", True),
        ("Förvaltningen ska årligen redovisa till nämnden hur planen genomförs.", True),
        ("Arbejdsgruppen skal afrapportere til direktionen hvert kvartal om fremdriften.", True),
        ("Arbeidsgruppa skal rapportere til styringsgruppa.", False),
        ("The group will meet monthly.", False),
    ],
)
def test_report_duty(sentence, duty):
    assert report_duty(sentence) is duty
    if duty:
        assert is_requirement(sentence)


def test_a_deadline_under_a_tidsplan_heading_is_found():
    text = [
        "Kommissorium",
        "Opgaver",
        "Arbejdsgruppen skal i forslaget til plan:",
        "1. Beskrive, hvordan skolevejene kan gøres mere sikre.",
        "2. Opgøre antallet af uheld på de kommunale veje.",
        "Tidsplan",
        "Arbejdsgruppen holder første møde i februar 2048. Arbejdsgruppen afleverer et udkast til "
        "trafiksikkerhedsplan til udvalget senest den 1. september 2048.",
    ]
    points = find_points(text)
    assert [p.number for p in points] == ["1", "2", "S1"]
    assert points[2].text.startswith("Arbejdsgruppen afleverer")


# ---------------------------------------------------------------- what is no point


@pytest.mark.parametrize(
    ("text", "order"),
    [
        ("Jeg ber derfor om at det utarbeides en plan for kommunens bruk av droner.", True),
        ("Eg ber difor om at du lagar ein plan for kommunen sine personalbustader.", True),
        ("Säkerhetssamordnaren får i uppdrag att ta fram en plan för trygghetspunkter.", True),
        ("der udarbejdes en plan for kommunens udendørs skøjtebaner", True),
        ("Heradsstyret vedtek at det skal utarbeidast ein bustadsosial handlingsplan for 2047–2050.", True),
        ("The Cabinet agreed that officers prepare a strategy for the town centre.", True),
        # a part of the plan asked for, or the order with more asked after the plan's topic
        ("Utarbeide en plan for vedlikehold av løypene.", False),
        ("Det skal også lagast ein plan for rekruttering og kompetanseheving for lærarane.", False),
        ("Bolaget ska ta fram en upprustningsplan för Granåsen som omfattar alla lägenheter.", False),
        ("Kommunestyret ber kommunedirektøren utarbeide en handlingsplan, som legges fram for utvalget.", False),
    ],
)
def test_orders_the_plan(text, order):
    assert orders_the_plan(text) is order


@pytest.mark.parametrize(
    ("text", "funding"),
    [
        ("Kostnadene ved planarbeidet blir dekte innanfor ramma til helse og velferd.", True),
        ("The work will be funded from the Capability Fund grant of £60,000.", True),
        ("Arbejdet gennemføres inden for den eksisterende ramme.", True),
        ("Arbetet finansieras inom nämndens budget.", True),
        ("Kommunestyret ber kommunedirektøren gjøre rede for kostnadene, og hvordan de kan dekkes innenfor rammen.", False),
    ],
)
def test_states_funding(text, funding):
    assert states_funding(text) is funding


def test_needs_the_plan():
    assert needs_the_plan("Kommunen må ha en vedtatt plan for idrett for å kunne søke spillemidler til anlegg.")
    assert needs_the_plan("Councils must have an adopted plan in order to bid for funding.")
    assert not needs_the_plan("Kommunen skal ha en plan for beredskap.")


def test_order_and_funding_items_are_no_points():
    text = [
        "Vedtak",
        "1. Kommunestyret vedtar at det skal utarbeides en plan for friluftsliv.",
        "2. Planen skal kartlegge dagens turstier.",
        "3. Planen skal vurdere behovet for nye gapahuker.",
        "4. Kostnadene dekkes innenfor rammen til kultur.",
    ]
    assert [p.number for p in find_points(text)] == ["2", "3"]


def test_a_list_printed_twice_is_read_once():
    items = [
        "kartlegge alle veilyspunkter",
        "vurdere nattslukking på strekninger med lite trafikk",
        "beskrive vedlikeholdsbehovet for master",
        "foreslå rutiner for innmelding av feil",
    ]
    text = ["Innstilling", "Kommunestyret ber kommunedirektøren:"]
    text += [f"{k}. {t}" for k, t in enumerate(items, start=1)]
    text += ["5. Kommunen skal ikke innføre nattslukking."]  # a proposal that fell
    text += ["Vedtak", "Kommunestyret ber kommunedirektøren:"]
    text += [f"{k}. {t}" for k, t in enumerate(items, start=1)]
    points = find_points(text)
    assert [p.number for p in points] == ["1", "2", "3", "4"]
    assert not any("ikke innføre" in p.text for p in points)


def test_a_decided_case_s_background_asks_nothing_after_a_small_table_header(tmp_path):
    """A særutskrift: Saksopplysningar with a figures table (its bold header row in smaller type
    than the body), the administration's advice ("Planen bør også vise …"), then the Vedtak's
    list. The advice is background; the decision is the order."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "sak.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    _w, h = A4
    y = h - 80
    rows = [
        ("Times-Bold", 11.5, 60, "Saksopplysningar"),
        ("Times-Roman", 11.5, 60, "Heradet har i dag 48 kommunale utleigebustader."),
        ("Times-Bold", 10, 66, "Indikator 2043 2046"),
        ("Times-Roman", 10, 66, "Søkjarar på venteliste 9 23"),
        ("Times-Roman", 11.5, 60, "Kommunedirektøren meiner at planen bør ha konkrete mål. Planen bør også vise kva"),
        ("Times-Roman", 11.5, 60, "tiltak som krev investeringar, slik at dei kan takast inn i økonomiplanen."),
        ("Times-Bold", 11.5, 60, "Vedtak"),
        ("Times-Roman", 11.5, 60, "1. Planen skal kartleggje behovet for bustader."),
        ("Times-Roman", 11.5, 60, "2. Planen skal innehalde eit mål for talet på utleigebustader."),
    ]
    for font, size, x, text in rows:
        y -= 20 if font == "Times-Bold" else 15
        c.setFont(font, size)
        c.drawString(x, y, text)
    c.save()
    assert [p.number for p in read_mandate(path)] == ["1", "2"]


# ---------------------------------------------------------------- a recurring step, no recurrence


def _status(point: str, chapters: list[tuple[str, list[str]]], lang: str) -> str:
    import test_mandate_support as support

    from plancheck.mandate.match import assess_points

    points = find_points([f"Mandat\n\n1. {point}\n2. Planen skal ha en tidsplan for arbeidet.\n"])
    return assess_points(support.make_plan(chapters), points[:1], lang)[0].status


@pytest.mark.parametrize(
    ("point", "chapters", "lang"),
    [
        # each covered before the guard: the report stated, never its recurrence
        ("The Cycling Officer will report progress on delivering the plan to the Transport Board once a year.",
         [("Delivery", ["The Cycling Officer will lead the delivery of the plan and progress will be "
                        "reported to the Transport Board."])], "en"),
        ("Kommunedirektøren skal rapportere årlig til kommunestyret om oppfølgingen av planen.",
         [("Oppfølging", ["Kommunedirektøren har ansvaret for oppfølgingen av planen og rapporterer til "
                          "kommunestyret."])], "nb"),
        ("Förvaltningen ska årligen redovisa för nämnden hur planen genomförs.",
         [("Uppföljning", ["Förvaltningen redovisar för nämnden hur planen genomförs."])], "sv"),
    ],
)
def test_a_recurring_step_is_not_covered_by_a_passage_naming_no_recurrence(point, chapters, lang):
    assert _status(point, chapters, lang) != "covered"


def test_a_recurring_step_stated_is_not_held_back():
    chapters = [("Oppfølging", [
        "Kommunedirektøren rapporterer årlig til kommunestyret om oppfølgingen av planen i årsmeldingen."])]
    point = "Kommunedirektøren skal rapportere årlig til kommunestyret om oppfølgingen av planen."
    assert _status(point, chapters, "nb") != "uncovered"


def test_short_parts_under_a_plan_lead_in_stay_the_item_s_parts():
    text = [
        "Vedtak",
        "1. Planen skal kartlegge badeplassene i kommunen.",
        "2. Planen skal vurdere:",
        "   a) nye badebrygger",
        "   b) flere toaletter",
        "3. Planen skal beskrive hvordan livbøyene ettersees.",
    ]
    assert [p.number for p in find_points(text)] == ["1", "2", "3"]
